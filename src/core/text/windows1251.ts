// windows-1251 (legacy Cyrillic) bytes 0x80–0xBF, per the WHATWG Encoding Standard; 0xC0–0xFF are А–я in
// order and 0x00–0x7F are ASCII. One table for reading and writing the encoding.
export const WINDOWS_1251_HIGH =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ' + '\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕї';
