/**
 * Hand-written gazetteer tables. One line per entry so they are easy to review and extend.
 *
 * Countries: `Name;alias;alias|Demonym;plural demonym|Capital|Other city;Other city|region`
 * The first name is the canonical key (lower-cased). Regions are continent-like containers.
 */
export const COUNTRIES = `
Afghanistan|Afghan;Afghans;Afghani|Kabul|Kandahar;Herat;Mazar-i-Sharif;Jalalabad|asia
Albania|Albanian;Albanians|Tirana||europe
Algeria|Algerian;Algerians|Algiers|Oran|africa
Andorra|Andorran;Andorrans|Andorra la Vella||europe
Angola|Angolan;Angolans|Luanda||africa
Argentina|Argentine;Argentinian;Argentines;Argentinians|Buenos Aires|Cordoba;Rosario|south america
Armenia|Armenian;Armenians|Yerevan||asia
Australia|Australian;Australians|Canberra|Sydney;Melbourne;Brisbane;Perth;Adelaide|oceania
Austria|Austrian;Austrians|Vienna|Salzburg;Graz;Innsbruck|europe
Azerbaijan|Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku||asia
Bahamas;The Bahamas|Bahamian;Bahamians|Nassau||north america
Bahrain|Bahraini;Bahrainis|Manama||asia
Bangladesh|Bangladeshi;Bangladeshis|Dhaka|Chittagong|asia
Barbados|Barbadian;Barbadians|Bridgetown||north america
Belarus|Belarusian;Belarusians|Minsk||europe
Belgium|Belgian;Belgians|Brussels|Antwerp;Ghent;Liege;Bruges|europe
Belize|Belizean;Belizeans|Belmopan||north america
Benin|Beninese|Porto-Novo|Cotonou|africa
Bhutan|Bhutanese|Thimphu||asia
Bolivia|Bolivian;Bolivians|La Paz|Sucre;Santa Cruz|south america
Bosnia and Herzegovina;Bosnia;Bosnia-Herzegovina|Bosnian;Bosnians|Sarajevo||europe
Botswana|Botswanan;Motswana;Batswana|Gaborone||africa
Brazil|Brazilian;Brazilians|Brasilia|Sao Paulo;Rio de Janeiro;Salvador;Recife|south america
Brunei|Bruneian;Bruneians|Bandar Seri Begawan||asia
Bulgaria|Bulgarian;Bulgarians|Sofia|Plovdiv;Varna|europe
Burkina Faso|Burkinabe|Ouagadougou||africa
Burundi|Burundian;Burundians|Gitega|Bujumbura|africa
Cambodia|Cambodian;Cambodians|Phnom Penh||asia
Cameroon|Cameroonian;Cameroonians|Yaounde|Douala|africa
Canada|Canadian;Canadians|Ottawa|Toronto;Montreal;Vancouver;Calgary;Quebec City|north america
Cape Verde;Cabo Verde|Cape Verdean;Cape Verdeans|Praia||africa
Central African Republic|Central African;Central Africans|Bangui||africa
Chad|Chadian;Chadians|N'Djamena||africa
Chile|Chilean;Chileans|Santiago|Valparaiso|south america
China;People's Republic of China;PRC|Chinese|Beijing|Shanghai;Hong Kong;Shenzhen;Guangzhou;Wuhan;Chengdu;Tianjin|asia
Colombia|Colombian;Colombians|Bogota|Medellin;Cali|south america
Comoros|Comorian;Comorians|Moroni||africa
Congo;Republic of the Congo;Congo-Brazzaville|Congolese|Brazzaville||africa
Democratic Republic of the Congo;DR Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa|Goma;Lubumbashi|africa
Costa Rica|Costa Rican;Costa Ricans|San Jose||north america
Croatia|Croatian;Croatians;Croat;Croats|Zagreb|Split;Dubrovnik|europe
Cuba|Cuban;Cubans|Havana||north america
Cyprus|Cypriot;Cypriots|Nicosia|Limassol|europe
Czech Republic;Czechia|Czech;Czechs|Prague|Brno|europe
Denmark|Danish;Dane;Danes|Copenhagen|Aarhus|europe
Djibouti|Djiboutian;Djiboutians|Djibouti City||africa
Dominican Republic|Dominican;Dominicans|Santo Domingo||north america
Ecuador|Ecuadorian;Ecuadorians|Quito|Guayaquil|south america
Egypt|Egyptian;Egyptians|Cairo|Alexandria;Giza|africa
El Salvador|Salvadoran;Salvadorans|San Salvador||north america
Equatorial Guinea|Equatorial Guinean|Malabo||africa
Eritrea|Eritrean;Eritreans|Asmara||africa
Estonia|Estonian;Estonians|Tallinn|Tartu|europe
Eswatini;Swaziland|Swazi;Swazis|Mbabane||africa
Ethiopia|Ethiopian;Ethiopians|Addis Ababa||africa
Fiji|Fijian;Fijians|Suva||oceania
Finland|Finnish;Finn;Finns|Helsinki|Tampere;Turku|europe
France|French;Frenchman;Frenchwoman|Paris|Marseille;Lyon;Toulouse;Nice;Bordeaux;Lille;Strasbourg;Nantes|europe
Gabon|Gabonese|Libreville||africa
Gambia;The Gambia|Gambian;Gambians|Banjul||africa
Georgia|Georgian;Georgians|Tbilisi|Batumi|asia
Germany|German;Germans|Berlin|Munich;Hamburg;Frankfurt;Cologne;Stuttgart;Dusseldorf;Leipzig;Dresden|europe
Ghana|Ghanaian;Ghanaians|Accra|Kumasi|africa
Greece|Greek;Greeks|Athens|Thessaloniki|europe
Guatemala|Guatemalan;Guatemalans|Guatemala City||north america
Guinea|Guinean;Guineans|Conakry||africa
Guinea-Bissau|Bissau-Guinean|Bissau||africa
Guyana|Guyanese|Georgetown||south america
Haiti|Haitian;Haitians|Port-au-Prince||north america
Honduras|Honduran;Hondurans|Tegucigalpa||north america
Hungary|Hungarian;Hungarians|Budapest|Debrecen|europe
Iceland|Icelandic;Icelander;Icelanders|Reykjavik||europe
India|Indian;Indians|New Delhi|Delhi;Mumbai;Bangalore;Bengaluru;Kolkata;Chennai;Hyderabad|asia
Indonesia|Indonesian;Indonesians|Jakarta|Bali;Surabaya|asia
Iran|Iranian;Iranians|Tehran|Isfahan;Mashhad|asia
Iraq|Iraqi;Iraqis|Baghdad|Mosul;Basra;Erbil|asia
Ireland;Republic of Ireland;Eire|Irish;Irishman;Irishwoman|Dublin|Cork;Galway;Limerick|europe
Israel|Israeli;Israelis|Jerusalem|Tel Aviv;Haifa|asia
Italy|Italian;Italians|Rome|Milan;Naples;Turin;Florence;Venice;Palermo;Genoa;Bologna|europe
Ivory Coast;Cote d'Ivoire|Ivorian;Ivorians|Yamoussoukro|Abidjan|africa
Jamaica|Jamaican;Jamaicans|Kingston||north america
Japan|Japanese|Tokyo|Osaka;Kyoto;Yokohama;Hiroshima;Nagoya;Fukushima|asia
Jordan|Jordanian;Jordanians|Amman||asia
Kazakhstan|Kazakh;Kazakhs;Kazakhstani|Astana|Almaty|asia
Kenya|Kenyan;Kenyans|Nairobi|Mombasa|africa
Kosovo|Kosovan;Kosovar;Kosovars|Pristina||europe
Kuwait|Kuwaiti;Kuwaitis|Kuwait City||asia
Kyrgyzstan|Kyrgyz|Bishkek||asia
Laos|Lao;Laotian;Laotians|Vientiane||asia
Latvia|Latvian;Latvians|Riga||europe
Lebanon|Lebanese|Beirut||asia
Lesotho|Basotho|Maseru||africa
Liberia|Liberian;Liberians|Monrovia||africa
Libya|Libyan;Libyans|Tripoli|Benghazi|africa
Liechtenstein|Liechtensteiner|Vaduz||europe
Lithuania|Lithuanian;Lithuanians|Vilnius|Kaunas|europe
Luxembourg|Luxembourger;Luxembourgers;Luxembourgish|Luxembourg City||europe
Madagascar|Malagasy|Antananarivo||africa
Malawi|Malawian;Malawians|Lilongwe||africa
Malaysia|Malaysian;Malaysians|Kuala Lumpur||asia
Maldives|Maldivian;Maldivians|Male||asia
Mali|Malian;Malians|Bamako|Timbuktu|africa
Malta|Maltese|Valletta||europe
Mauritania|Mauritanian;Mauritanians|Nouakchott||africa
Mauritius|Mauritian;Mauritians|Port Louis||africa
Mexico|Mexican;Mexicans|Mexico City|Guadalajara;Monterrey;Tijuana;Cancun|north america
Moldova|Moldovan;Moldovans|Chisinau||europe
Monaco|Monegasque|Monaco||europe
Mongolia|Mongolian;Mongolians|Ulaanbaatar||asia
Montenegro|Montenegrin;Montenegrins|Podgorica||europe
Morocco|Moroccan;Moroccans|Rabat|Casablanca;Marrakesh;Tangier|africa
Mozambique|Mozambican;Mozambicans|Maputo||africa
Myanmar;Burma|Burmese|Naypyidaw|Yangon;Mandalay|asia
Namibia|Namibian;Namibians|Windhoek||africa
Nepal|Nepali;Nepalese|Kathmandu||asia
Netherlands;The Netherlands;Holland|Dutch;Dutchman;Dutchwoman|Amsterdam|The Hague;Rotterdam;Utrecht;Eindhoven|europe
New Zealand|New Zealander;New Zealanders;Kiwi;Kiwis|Wellington|Auckland;Christchurch|oceania
Nicaragua|Nicaraguan;Nicaraguans|Managua||north america
Niger|Nigerien;Nigeriens|Niamey||africa
Nigeria|Nigerian;Nigerians|Abuja|Lagos;Kano|africa
North Korea;DPRK|North Korean;North Koreans|Pyongyang||asia
North Macedonia;Macedonia|Macedonian;Macedonians|Skopje||europe
Norway|Norwegian;Norwegians|Oslo|Bergen|europe
Oman|Omani;Omanis|Muscat||asia
Pakistan|Pakistani;Pakistanis|Islamabad|Karachi;Lahore;Peshawar;Quetta|asia
Palestine;Palestinian territories|Palestinian;Palestinians|Ramallah|Gaza;Gaza City;West Bank|asia
Panama|Panamanian;Panamanians|Panama City||north america
Papua New Guinea|Papua New Guinean|Port Moresby||oceania
Paraguay|Paraguayan;Paraguayans|Asuncion||south america
Peru|Peruvian;Peruvians|Lima|Cusco|south america
Philippines;The Philippines|Filipino;Filipinos;Philippine|Manila|Quezon City;Cebu;Davao|asia
Poland|Polish;Pole;Poles|Warsaw|Krakow;Gdansk;Wroclaw;Lodz|europe
Portugal|Portuguese|Lisbon|Porto|europe
Qatar|Qatari;Qataris|Doha||asia
Romania|Romanian;Romanians|Bucharest|Cluj-Napoca|europe
Russia;Russian Federation|Russian;Russians|Moscow|St Petersburg;Saint Petersburg;Kaliningrad;Novosibirsk|europe
Rwanda|Rwandan;Rwandans|Kigali||africa
Saudi Arabia|Saudi;Saudis;Saudi Arabian|Riyadh|Jeddah;Mecca;Medina|asia
Senegal|Senegalese|Dakar||africa
Serbia|Serbian;Serbians;Serb;Serbs|Belgrade|Novi Sad|europe
Sierra Leone|Sierra Leonean;Sierra Leoneans|Freetown||africa
Singapore|Singaporean;Singaporeans|Singapore||asia
Slovakia|Slovak;Slovaks;Slovakian|Bratislava|Kosice|europe
Slovenia|Slovenian;Slovenians;Slovene;Slovenes|Ljubljana||europe
Somalia|Somali;Somalis|Mogadishu||africa
South Africa|South African;South Africans|Pretoria|Johannesburg;Cape Town;Durban|africa
South Korea;Republic of Korea|South Korean;South Koreans|Seoul|Busan;Incheon|asia
South Sudan|South Sudanese|Juba||africa
Spain|Spanish;Spaniard;Spaniards|Madrid|Barcelona;Valencia;Seville;Bilbao;Malaga|europe
Sri Lanka|Sri Lankan;Sri Lankans|Colombo||asia
Sudan|Sudanese|Khartoum|Omdurman;Darfur|africa
Suriname|Surinamese|Paramaribo||south america
Sweden|Swedish;Swede;Swedes|Stockholm|Gothenburg;Malmo;Uppsala|europe
Switzerland|Swiss|Bern|Zurich;Geneva;Basel;Lausanne;Davos|europe
Syria|Syrian;Syrians|Damascus|Aleppo;Homs;Idlib|asia
Taiwan|Taiwanese|Taipei||asia
Tajikistan|Tajik;Tajiks|Dushanbe||asia
Tanzania|Tanzanian;Tanzanians|Dodoma|Dar es Salaam;Zanzibar|africa
Thailand|Thai;Thais|Bangkok|Chiang Mai;Phuket|asia
Togo|Togolese|Lome||africa
Trinidad and Tobago|Trinidadian;Trinidadians|Port of Spain||north america
Tunisia|Tunisian;Tunisians|Tunis||africa
Turkey;Turkiye|Turkish;Turk;Turks|Ankara|Istanbul;Izmir|asia
Turkmenistan|Turkmen|Ashgabat||asia
Uganda|Ugandan;Ugandans|Kampala||africa
Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev|Kharkiv;Odesa;Odessa;Lviv;Dnipro;Mariupol;Kherson;Zaporizhzhia|europe
United Arab Emirates;UAE;U.A.E.;Emirates|Emirati;Emiratis|Abu Dhabi|Dubai;Sharjah|asia
England|English;Englishman;Englishwoman|London||europe
Scotland|Scottish;Scot;Scots|Edinburgh|Glasgow;Aberdeen;Dundee|europe
Wales|Welsh|Cardiff|Swansea|europe
Northern Ireland|Northern Irish|Belfast|Londonderry;Derry|europe
United Kingdom;UK;U.K.;Britain;Great Britain|British;Briton;Britons|London|Manchester;Birmingham;Liverpool;Leeds;Glasgow;Edinburgh;Cardiff;Belfast;Bristol;Oxford;Cambridge|europe
United States;US;U.S.;USA;U.S.A.;America;United States of America|American;Americans|Washington|New York;New York City;Los Angeles;Chicago;Houston;Phoenix;Philadelphia;San Antonio;San Diego;Dallas;San Francisco;Seattle;Boston;Miami;Atlanta;Detroit;Denver;Las Vegas;New Orleans;Washington DC;Washington, D.C.|north america
Uruguay|Uruguayan;Uruguayans|Montevideo||south america
Uzbekistan|Uzbek;Uzbeks|Tashkent|Samarkand|asia
Venezuela|Venezuelan;Venezuelans|Caracas|Maracaibo|south america
Vietnam;Viet Nam|Vietnamese|Hanoi|Ho Chi Minh City;Saigon|asia
Yemen|Yemeni;Yemenis|Sanaa|Aden;Hodeidah|asia
Zambia|Zambian;Zambians|Lusaka||africa
Zimbabwe|Zimbabwean;Zimbabweans|Harare|Bulawayo|africa
`;

/** Sub-national places: `Name;alias|container key`. */
export const SUBPLACES = `
California|united states
Texas|united states
Florida|united states
New York State|united states
Illinois|united states
Pennsylvania|united states
Ohio|united states
Michigan|united states
Virginia|united states
Arizona|united states
Massachusetts|united states
Nevada|united states
Alaska|united states
Hawaii|united states
Bavaria|germany
Catalonia|spain
Crimea|ukraine
Donbas;Donbass|ukraine
Kashmir|india
Gaza Strip|palestine
Tibet|china
Xinjiang|china
Siberia|russia
Flanders|belgium
Wallonia|belgium
Sicily|italy
Sardinia|italy
Corsica|france
Lombardy|italy
Quebec|canada
Ontario|canada
Yorkshire|england
Kent|england
Queensland|australia
Alabama|united states
Arkansas|united states
Colorado|united states
Connecticut|united states
Delaware|united states
Idaho|united states
Iowa|united states
Kansas|united states
Kentucky|united states
Louisiana|united states
Maine|united states
Maryland|united states
Minnesota|united states
Mississippi|united states
Missouri|united states
Nebraska|united states
New Hampshire|united states
New Jersey|united states
New Mexico|united states
North Carolina|united states
North Dakota|united states
Oklahoma|united states
Oregon|united states
Rhode Island|united states
South Carolina|united states
South Dakota|united states
Tennessee|united states
Utah|united states
Vermont|united states
West Virginia|united states
Wisconsin|united states
Wyoming|united states
Washington State|united states
New South Wales|australia
South Australia|australia
Western Australia|australia
Tasmania|australia
Northern Territory|australia
Australian Capital Territory|australia
British Columbia|canada
Saskatchewan|canada
Manitoba|canada
Nova Scotia|canada
New Brunswick|canada
Newfoundland and Labrador;Newfoundland|canada
Prince Edward Island|canada
Yukon|canada
Nunavut|canada
Northwest Territories|canada
Baden-Wurttemberg;Baden-Württemberg|germany
North Rhine-Westphalia|germany
Lower Saxony|germany
Saxony|germany
Hesse|germany
Thuringia|germany
Brandenburg|germany
Schleswig-Holstein|germany
Uttar Pradesh|india
Maharashtra|india
Tamil Nadu|india
Kerala|india
Karnataka|india
West Bengal|india
Gujarat|india
Rajasthan|india
Bihar|india
Whistling Straits|united states
`;

/** Regions: `Name;alias|demonyms|container key or -`. */
export const REGIONS = `
Europe|European;Europeans|-
Asia|Asian;Asians|-
Africa|African;Africans|-
North America|North American;North Americans|-
South America;Latin America|South American;Latin American;Latin Americans|-
Oceania||-
Middle East|Middle Eastern|asia
Central Asia|Central Asian|asia
Southeast Asia;South-East Asia|Southeast Asian|asia
Balkans;Western Balkans|Balkan|europe
Scandinavia;Nordics|Scandinavian;Scandinavians;Nordic|europe
Sahel||africa
Caribbean||north america
Arctic||-
`;

/**
 * Organisations: `Canonical name;alias;alias|metonym places`.
 * Metonym places are places whose name news uses for the organisation ("Brussels" for the EU).
 */
export const ORGANISATIONS = `
European Union;EU;E.U.;the bloc;European Union's|Brussels
European Commission;Commission;EU Commission;the commission|
European Parliament;EU Parliament|Strasbourg
European Council|
Council of the European Union;Council of the EU|
European Central Bank;ECB|Frankfurt
European External Action Service;EEAS|
Council of Europe|
European Court of Human Rights;ECHR|
European Court of Justice;Court of Justice of the European Union;ECJ;CJEU|
Frontex|
United Nations;UN;U.N.|
UN Security Council;United Nations Security Council;Security Council|
UN General Assembly;United Nations General Assembly;General Assembly|
UNHCR;UN refugee agency;United Nations High Commissioner for Refugees|
UNICEF|
World Health Organization;WHO;World Health Organisation|Geneva
World Trade Organization;WTO;World Trade Organisation|
International Monetary Fund;IMF|
World Bank|
International Criminal Court;ICC|The Hague
International Court of Justice;ICJ|
International Atomic Energy Agency;IAEA|
International Organization for Migration;IOM|
Red Cross;International Committee of the Red Cross;ICRC|
Amnesty International;Amnesty|
Human Rights Watch;HRW|
Medecins Sans Frontieres;MSF;Doctors Without Borders|
NATO;Nato;North Atlantic Treaty Organization;North Atlantic Treaty Organisation|
OPEC;Organization of the Petroleum Exporting Countries|
G7;G-7;Group of Seven|
G20;G-20;Group of 20|
African Union;AU|
ASEAN;Association of Southeast Asian Nations|
Arab League|
OECD;Organisation for Economic Co-operation and Development|
OSCE;Organization for Security and Co-operation in Europe|
Taliban;the Taliban|
Hamas|
Hezbollah|
Islamic State;ISIS;ISIL;IS;Daesh|
al-Qaeda;Al Qaeda;al Qaeda|
White House|Washington
Pentagon|
Kremlin|Moscow
Downing Street;No 10|
Congress;US Congress|
Senate;US Senate|
House of Representatives|
Supreme Court;US Supreme Court|
Federal Reserve;Fed|
FBI;Federal Bureau of Investigation|
CIA;Central Intelligence Agency|
State Department;US State Department|
Bundestag|
Bank of England|
Home Office|
Foreign Office|
BBC;British Broadcasting Corporation|
Reuters|
AFP;Agence France-Presse|
AP;Associated Press|
PGA;PGA Tour;European Tour|
FIFA|
UEFA|
IOC;International Olympic Committee|
Apple|
Google;Alphabet|
Microsoft|
Amazon|
Meta;Facebook|
OpenAI|
Tesla|
Twitter|
YouTube|
Instagram|
TikTok|
WhatsApp|
Netflix|
Uber|
Airbnb|
Samsung|
Huawei|
Nvidia|
IBM|
Intel|
Sony|
Toyota|
Volkswagen;VW|
BMW|
Shell|
BP|
Boeing|
Airbus|
Ryanair|
Gazprom|
Vatican;Holy See|
Interpol|
Europol|
Hezbollah|
Labour Party;Labour|
Conservative Party;Conservatives;Tories;Tory|
Republican Party;Republicans;GOP|
Democratic Party;Democrats|
Premier League|
Champions League|
`;

/** Person titles that may precede a name; stripped from the name, and a cue that the name is a person. */
export const PERSON_TITLES = [
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'vice-president',
  'vice',
  'prime',
  'minister',
  'chancellor',
  'secretary',
  'commissioner',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'mayor',
  'judge',
  'justice',
  'general',
  'gen',
  'colonel',
  'col',
  'captain',
  'capt',
  'lieutenant',
  'lt',
  'sergeant',
  'sgt',
  'admiral',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'cardinal',
  'bishop',
  'archbishop',
  'father',
  'rev',
  'reverend',
  'rabbi',
  'imam',
  'sheikh',
  'ayatollah',
  'coach',
  'manager',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'envoy',
  'chief',
  'director',
  'chairman',
  'chairwoman',
  'ceo',
  'inspector',
  'detective',
  'officer',
  'constable',
  'superintendent',
  'deputy',
  'foreign',
  'interior',
  'defence',
  'defense',
  'finance',
  'health',
  'migration',
  'justice',
  'economy',
  'trade',
  'home',
  'education',
  'sports',
  'culture',
  'transport',
  'energy',
];

/** Words that, ending a capitalised sequence, make it an organisation. */
export const ORG_CUES = [
  'ministry',
  'department',
  'commission',
  'council',
  'committee',
  'party',
  'inc',
  'ltd',
  'llc',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'group',
  'bank',
  'university',
  'college',
  'school',
  'institute',
  'foundation',
  'association',
  'federation',
  'union',
  'agency',
  'authority',
  'office',
  'court',
  'parliament',
  'assembly',
  'senate',
  'congress',
  'government',
  'administration',
  'police',
  'army',
  'navy',
  'force',
  'forces',
  'guard',
  'club',
  'fc',
  'united',
  'city',
  'rovers',
  'athletic',
  'wanderers',
  'times',
  'post',
  'news',
  'wire',
  'press',
  'herald',
  'journal',
  'gazette',
  'tribune',
  'telegraph',
  'guardian',
  'network',
  'television',
  'tv',
  'radio',
  'airlines',
  'airways',
  'motors',
  'holdings',
  'industries',
  'technologies',
  'systems',
  'services',
  'service',
  'organisation',
  'organization',
  'alliance',
  'coalition',
  'movement',
  'front',
  'league',
  'board',
  'trust',
  'fund',
  'hospital',
  'church',
  'brigade',
  'brigades',
  'tour',
  'open',
  'academy',
  'society',
  'festival',
  'orchestra',
  'museum',
  'theatre',
  'consort',
  'magazine',
  'review',
  'institution',
  'commission',
  'squad',
  'media',
  'labs',
  'studios',
  'pictures',
  'records',
  'entertainment',
  'partners',
  'ventures',
  'capital',
  'pharmaceuticals',
  'airline',
  'championship',
  'cup',
];

/** Words that, ending a capitalised sequence, make it a place. */
export const PLACE_CUES = [
  'street',
  'st',
  'road',
  'avenue',
  'square',
  'river',
  'lake',
  'sea',
  'ocean',
  'mountain',
  'mountains',
  'mount',
  'island',
  'islands',
  'valley',
  'province',
  'county',
  'district',
  'region',
  'state',
  'village',
  'town',
  'bay',
  'coast',
  'peninsula',
  'desert',
  'airport',
  'port',
  'harbour',
  'bridge',
  'park',
  'stadium',
  'arena',
  'hills',
  'heights',
  'strait',
  'straits',
  'gulf',
  'canal',
  'border',
];
