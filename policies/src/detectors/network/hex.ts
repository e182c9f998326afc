// Character-code test shared by the address gates (MAC, IPv6): they scan with charCodeAt to avoid
// a regex attempt at every position.
export const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
