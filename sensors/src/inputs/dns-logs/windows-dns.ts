import type { LineFormat } from '../line-format';

// Windows Server DNS debug log, PACKET lines. Only queries a client sent us count ("Rcv", no R flag);
// "Snd" queries are the server's own recursion and responses repeat the question.
// 22/12/2021 21:46:04 0E1C PACKET  0000017DEDFE28D0 UDP Rcv 10.20.0.6       966f   Q [0001   D   NOERROR] A      (5)login(4)live(3)com(0)

const PACKET = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4}) (\d{1,2}):(\d{2}):(\d{2})(?: ([AP]M))? +\S+ +PACKET +\S+ +(UDP|TCP) +(Rcv|Snd) +(\S+) +[0-9A-Fa-f]{4} +(R +)?(\w) +\[[^\]]*\] +(\w+) +(\S+)/;

/** '(3)www(6)google(3)com(0)' → 'www.google.com' */
export function windowsDnsName(wire: string): string {
  return wire.replace(/\(\d+\)/g, '.').replace(/^\.+|\.+$/g, '');
}

export const windowsDnsFormat: LineFormat = {
  id: 'windows-dns',
  detect: (lines) => lines.some((l) => PACKET.test(l)),
  create: () => (line) => {
    if (!line.includes(' PACKET ')) return 'skip'; // headers, EVENT and Note lines
    const m = PACKET.exec(line);
    if (!m) return 'bad';
    if (m[9] !== 'Rcv' || m[11] || m[12] !== 'Q') return 'skip';
    const [a, b, c] = [+m[1]!, +m[2]!, +m[3]!];
    let year: number, month: number, day: number;
    if (a > 31) [year, month, day] = [a, b, c]; // ISO-like locale
    else if (a > 12) [day, month, year] = [a, b, c]; // day first is the only reading
    else [month, day, year] = [a, b, c]; // US default when ambiguous
    if (year < 100) year += 2000;
    let hour = +m[4]!;
    if (m[7] === 'PM' && hour < 12) hour += 12;
    if (m[7] === 'AM' && hour === 12) hour = 0;
    const tsMs = Date.UTC(year, month - 1, day, hour, +m[5]!, +m[6]!);
    return { tsMs, client: m[10]!, host: windowsDnsName(m[14]!), kind: 'dns', bytesUp: 0, bytesDown: 0 };
  },
};
