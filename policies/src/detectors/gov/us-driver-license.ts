import type { Detector } from '../types';

// State formats vary from 1 letter + 4..14 digits to plain digit runs; none is distinctive, so
// without a licence word nearby these stay far below the reporting bar.
export const usDriverLicense: Detector = {
  id: 'gov/us-driver-license',
  entity: 'US_DRIVER_LICENSE',
  label: { one: "a driver's licence number", many: "driver's licence numbers" },
  patterns: [
    { name: 'dl-alnum', regex: /(?<![\w.-])(?:[A-Z]{1,2}\d{4,14}|\d{2}[A-Z]{3}\d{5,6}|\d{7,9}[A-Z]{1,2})(?![\w]|[.-]\d)/g, score: 0.1, contextScore: 0.65 },
    { name: 'dl-digits', regex: /(?<![\w.-])\d{9,13}(?![\w]|[.-]\d)/g, score: 0.01, contextScore: 0.6 },
  ],
  context: ["driver's licen", 'drivers licen', 'driver licen', 'driving licen', 'license number', 'licence number', 'dl#', 'dl number', 'führerschein', 'permis de conduire', 'licencia de conducir', 'carnet de conducir'],
};
