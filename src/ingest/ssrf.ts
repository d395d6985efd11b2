import { BlockList, isIP } from 'node:net';

/** Networks a fetch may not reach unless the user allows it: loopback, private, link-local, CGNAT, multicast, reserved. */
const BLOCKED_V4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const BLOCKED_V6: ReadonlyArray<readonly [string, number]> = [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['100::', 64],
  ['2001:db8::', 32],
];

const blocked = new BlockList();
for (const [net, len] of BLOCKED_V4) blocked.addSubnet(net, len, 'ipv4');
for (const [net, len] of BLOCKED_V6) blocked.addSubnet(net, len, 'ipv6');

const hex4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/** Expands an IPv6 address to its 8 groups, or null. */
function groupsV6(addr: string): number[] | null {
  let a = addr.toLowerCase().replace(/%.*$/, '');
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (v4) {
    const p = v4[1]!.split('.').map(Number);
    a =
      a.slice(0, -v4[1]!.length) +
      `${((p[0]! << 8) | p[1]!).toString(16)}:${((p[2]! << 8) | p[3]!).toString(16)}`;
  }
  const [head, tail] = a.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const fill = a.includes('::') ? 8 - h.length - t.length : 0;
  const all = [...h, ...Array<string>(fill).fill('0'), ...t].map((g) => parseInt(g, 16));
  return all.length === 8 && all.every((n) => n >= 0 && n <= 0xffff) ? all : null;
}

/** The IPv4 address an IPv6 address carries (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64, 6to4), if any. */
export function embeddedV4(addr: string): string | null {
  const g = groupsV6(addr);
  if (!g) return null;
  const zeros = (from: number, to: number) => g.slice(from, to).every((n) => n === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return hex4(g[6]!, g[7]!);
  if (zeros(0, 6) && (g[6]! !== 0 || g[7]! > 1)) return hex4(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return hex4(g[6]!, g[7]!);
  if (g[0] === 0x2002) return hex4(g[1]!, g[2]!);
  return null;
}

/** Parses "10.0.0.0/8" style networks the user allows despite the guard. */
export function makeAllowList(networks: readonly string[] = []): BlockList {
  const list = new BlockList();
  for (const n of networks) {
    const [net, lenRaw] = n.split('/');
    const type = isIP(net!) === 6 ? 'ipv6' : 'ipv4';
    if (!isIP(net!)) throw new Error(`bad network "${n}"`);
    list.addSubnet(net!, lenRaw ? Number(lenRaw) : type === 'ipv6' ? 128 : 32, type);
  }
  return list;
}

/** Why an address may not be fetched, or null when it is a public address (or allowed). */
export function refusedAddress(address: string, allow?: BlockList): string | null {
  const fam = isIP(address.replace(/%.*$/, ''));
  if (!fam) return `"${address}" is not an IP address`;
  const type = fam === 6 ? 'ipv6' : 'ipv4';
  const plain = address.replace(/%.*$/, '');
  if (allow?.check(plain, type)) return null;
  if (type === 'ipv6') {
    const v4 = embeddedV4(plain);
    if (v4) {
      if (allow?.check(v4, 'ipv4')) return null;
      if (blocked.check(v4, 'ipv4')) return `${address} maps to the private or reserved address ${v4}`;
    }
  }
  return blocked.check(plain, type)
    ? `${address} is a loopback, private, link-local or reserved address`
    : null;
}
