import { registerMessages } from '../../platform/http/i18n.js';

registerMessages({
  'zh-CN': {
    'entity.serviceItem': '服务项目',
    'entity.project': '楼盘',
    'field.number': '编号',
    'serviceCatalog.error.seededWordingFixed': '一览表中的服务项目名称不能修改',
    'serviceCatalog.field.seededWordingFixed': '一览表中的项目名称固定，只有新增的项目可以改名',
    'serviceCatalog.field.fixedPriceRequired': '固定价格须填写大于 0 的金额（分）',
    'serviceCatalog.field.priceOnlyWhenFixed': '只有固定价格才填写金额',
    'serviceCatalog.field.unknownDepartment': '部门不属于本楼盘或本公司',
    'serviceCatalog.field.vendorNotServing': '该外包单位未服务本楼盘或已停用',
    'serviceCatalog.field.hoursOrder': '结束时间须晚于开始时间',
    'serviceCatalog.field.duplicateDays': '服务日不能重复',
  },
  en: {
    'entity.serviceItem': 'Service item',
    'entity.project': 'Project',
    'field.number': 'Number',
    'serviceCatalog.error.seededWordingFixed': 'The wording of a catalog item cannot be changed',
    'serviceCatalog.field.seededWordingFixed': 'Catalog wording is fixed; only items added by the project can be renamed',
    'serviceCatalog.field.fixedPriceRequired': 'A fixed price needs an amount above 0 (in fen)',
    'serviceCatalog.field.priceOnlyWhenFixed': 'An amount is given only with a fixed price',
    'serviceCatalog.field.unknownDepartment': 'The department is not one of this project or company',
    'serviceCatalog.field.vendorNotServing': 'The vendor does not serve this project or is inactive',
    'serviceCatalog.field.hoursOrder': 'The end time must be after the start time',
    'serviceCatalog.field.duplicateDays': 'Service days must not repeat',
  },
});
