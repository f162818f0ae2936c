/**
 * The Lambda functions of the API: each route of the contract belongs to one area, and each area
 * is one function that routes inside by API Gateway's route key (functions/src/areas/<area>.ts).
 * Grouping keeps the stack far below CloudFormation's 500 resources and gives each function a
 * role that is the union of its routes' grants (contract/grants.ts). The heavy libraries (the PDF
 * label sheet with its CJK font, the Excel workbook) are areas of their own, so the areas people
 * use all day never load them.
 */
export const areas = {
  auth: 'Sign-in and the signed-in user',
  reporting: 'What a reporter does: QR lookup, categories, places, photo uploads, create/list/read tickets',
  ticketCommands: 'Every state change of a ticket: POST /v1/tickets/{id}/<command>',
  desk: 'The service desk and technicians: candidates, shift handover, a device’s history',
  notifications: 'Subscribe-message quotas, the in-app inbox, dead letters',
  reports: 'Dashboards and report tables (read the aggregates)',
  exports: 'The monthly and quarterly Excel workbooks (exceljs)',
  admin: 'Registers of places, devices, categories and staff; CSV export and import',
  planned: 'Planned maintenance and inspection rounds: plans, work orders, meter readings',
  vendors: 'Outsourced vendors: register and contracts, scorecards, spot checks, disputes',
  labels: 'The printable QR label sheet (pdf-lib, fontkit and the CJK font; WeChat mini-program codes)',
} as const;

export type Area = keyof typeof areas;

export const areaNames = Object.keys(areas) as Area[];
