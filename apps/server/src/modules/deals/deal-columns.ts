import type { Locale } from '../../platform/http/i18n.js';

/** The columns of the deal import sheet, in template order. */
export const DEAL_COLUMNS = ['buildingCode', 'unitCode', 'buyerName', 'buyerPhone', 'buyerIdNumber', 'coBuyers', 'signingDate', 'contractNumber', 'salesConsultantName'] as const;
export type DealColumn = (typeof DEAL_COLUMNS)[number];
export const REQUIRED_DEAL_COLUMNS: readonly DealColumn[] = ['buildingCode', 'unitCode', 'buyerName', 'buyerPhone', 'signingDate'];

/** Header texts per language; error locations use the caller's ("第3行 手机号"). */
export const DEAL_COLUMN_LABELS: Record<Locale, Record<DealColumn, string>> = {
  'zh-CN': {
    buildingCode: '楼栋',
    unitCode: '房号',
    buyerName: '买受人',
    buyerPhone: '手机号',
    buyerIdNumber: '证件号',
    coBuyers: '共同买受人(姓名/手机;…)',
    signingDate: '签约日期',
    contractNumber: '合同编号',
    salesConsultantName: '销售顾问',
  },
  en: {
    buildingCode: 'building',
    unitCode: 'unit',
    buyerName: 'buyer',
    buyerPhone: 'phone',
    buyerIdNumber: 'idNumber',
    coBuyers: 'coBuyers (name/phone;…)',
    signingDate: 'signingDate',
    contractNumber: 'contractNumber',
    salesConsultantName: 'salesConsultant',
  },
};

const ALIASES: Record<string, DealColumn> = {
  楼栋: 'buildingCode',
  楼栋编码: 'buildingCode',
  building: 'buildingCode',
  buildingcode: 'buildingCode',
  房号: 'unitCode',
  unit: 'unitCode',
  unitcode: 'unitCode',
  买受人: 'buyerName',
  业主: 'buyerName',
  buyer: 'buyerName',
  buyername: 'buyerName',
  手机号: 'buyerPhone',
  手机: 'buyerPhone',
  电话: 'buyerPhone',
  phone: 'buyerPhone',
  证件号: 'buyerIdNumber',
  身份证号: 'buyerIdNumber',
  idnumber: 'buyerIdNumber',
  共同买受人: 'coBuyers',
  cobuyers: 'coBuyers',
  签约日期: 'signingDate',
  signingdate: 'signingDate',
  合同编号: 'contractNumber',
  contractnumber: 'contractNumber',
  销售顾问: 'salesConsultantName',
  salesconsultant: 'salesConsultantName',
  salesconsultantname: 'salesConsultantName',
};

/** Either language, any case, ignoring spaces and a note in brackets such as "共同买受人(姓名/手机;…)". */
export function dealColumnOf(header: string): DealColumn | undefined {
  const key = header
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_]/g, '')
    .toLowerCase();
  return ALIASES[key];
}
