import type { CsvKind } from '../../../services/adminApi';

/**
 * The template of each import: the header the API expects (domain/admin/csv/*Csv.ts) and one
 * example row. The BOM lets Excel and WPS open the Chinese names as UTF-8.
 */
const TEMPLATES: Record<CsvKind, string[]> = {
  locations: ['id,type,name,parentId,roomUse,qrCode', 'B9,building,9号楼,MAIN,,', 'B9-F01,floor,1F,B9,,', 'B9-0101,room,101 病房,B9-F01,ward,'],
  assets: [
    'id,name,type,model,serial,vendor,installDate,warrantyEnd,categoryCode,maintenanceCycleDays,lifeSupport,locationId,qrCode',
    'B9-0101-AC1,空调 1,air_conditioner,KFR-35GW,SN0001,格力,2024-05-01,2027-04-30,hvac,180,否,B9-0101,',
  ],
  users: ['id,name,roles,department,skills,phone,homeBuildingId', 'tech-wang,王师傅,technician,电工班,power|hvac,13800000000,B9'],
};

export const templateOf = (kind: CsvKind): string => `\uFEFF${TEMPLATES[kind].join('\r\n')}\r\n`;

/** "line 7: parentId" → 7 and parentId (how the API names a row's problem). */
export function splitProblemField(field: string): { line: number | null; field: string } {
  const match = /^line (\d+): (.*)$/.exec(field);
  return match ? { line: Number(match[1]), field: match[2]! } : { line: null, field };
}
