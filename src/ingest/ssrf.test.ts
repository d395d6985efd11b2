import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embeddedV4, makeAllowList, refusedAddress } from './ssrf.ts';

describe('refusedAddress', () => {
  const refused = [
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.20',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '224.0.0.251',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1%eth0',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::127.0.0.1',
    '64:ff9b::a00:1',
    '2002:c0a8:0101::1',
  ];
  for (const a of refused) it(`refuses ${a}`, () => assert.ok(refusedAddress(a)));
  const allowed = [
    '93.184.216.34',
    '172.32.0.1',
    '8.8.8.8',
    '2606:4700::1111',
    '::ffff:93.184.216.34',
    '192.169.0.1',
  ];
  for (const a of allowed) it(`allows ${a}`, () => assert.equal(refusedAddress(a), null));

  it('lets the user allow a network', () => {
    const allow = makeAllowList(['127.0.0.0/8']);
    assert.equal(refusedAddress('127.0.0.1', allow), null);
    assert.equal(refusedAddress('::ffff:127.0.0.1', allow), null);
    assert.ok(refusedAddress('10.0.0.1', allow));
  });
  it('refuses something that is not an address', () =>
    assert.match(refusedAddress('localhost') ?? '', /not an IP address/));
});

describe('embeddedV4', () => {
  const cases: [string, string | null][] = [
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['0:0:0:0:0:ffff:0a00:0001', '10.0.0.1'],
    ['64:ff9b::c0a8:1', '192.168.0.1'],
    ['2002:0a00:0001::', '10.0.0.1'],
    ['2606:4700::1111', null],
    ['::1', null],
  ];
  for (const [a, want] of cases) it(a, () => assert.equal(embeddedV4(a), want));
});
