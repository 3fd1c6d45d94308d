import type { Me } from '../../ui/auth';
import type { EquipmentItem, Milestone, Overview, Readiness } from './api';

export const managerMe: Me = {
  user: { id: 'u-manager', username: 'manager', name: '张经理', kind: 'staff', roles: ['serviceCenterManager'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

export const marketingMe: Me = {
  user: { id: 'u-marketing', username: 'marketing', name: '周营销', kind: 'staff', roles: ['marketingLead'] },
  company: { id: 'c1', name: '示例物业' },
  projects: [{ id: 'p1', name: '滨江花园' }],
};

const dates = {
  firstLaunchDate: '2027-06-01',
  clubhouseOpeningDate: '2027-05-20',
  showFlatOpeningDate: '2027-05-25',
  version: 2,
  updatedAt: '2027-01-05T02:00:00.000Z',
  updatedBy: { id: 'u-manager', name: '张经理' },
};

export const overview: Overview = {
  today: '2027-03-04',
  items: [
    {
      project: { id: 'p1', name: '滨江花园' },
      dates,
      counts: { green: 2, amber: 1, red: 1, grey: 4 },
      worstColour: 'red',
      nextDue: { id: 'm1', key: 'clubhouseEquipmentPurchaseRequests', title: '完成会所功能相关设备设施的采购申请', titleEn: 'Clubhouse equipment purchase requests complete', dueDate: '2027-03-01', daysLeft: -3, colour: 'red', owner: null },
      equipment: { total: 3, inPlace: 1 },
    },
    {
      project: { id: 'p2', name: '湖畔雅苑' },
      dates: null,
      counts: { green: 0, amber: 0, red: 0, grey: 0 },
      worstColour: null,
      nextDue: null,
      equipment: { total: 0, inPlace: 0 },
    },
  ],
};

function milestone(over: Partial<Milestone> & Pick<Milestone, 'id' | 'key' | 'title' | 'dueDate' | 'daysLeft' | 'colour'>): Milestone {
  return {
    projectId: 'p1',
    clause: '4.4.2',
    titleEn: over.title,
    anchor: 'firstLaunchDate',
    done: false,
    doneAt: null,
    doneBy: null,
    owner: null,
    note: null,
    alertLevel: 'none',
    version: 1,
    updatedAt: '2027-01-05T02:00:00.000Z',
    ...over,
  };
}

function item(over: Partial<EquipmentItem> & Pick<EquipmentItem, 'id' | 'itemName' | 'status' | 'allowedActions'>): EquipmentItem {
  return {
    projectId: 'p1',
    placeKind: 'clubhouse',
    placeName: '会所',
    quantity: 1,
    inPlace: over.status === 'checked',
    note: null,
    version: 1,
    createdAt: '2027-01-05T02:00:00.000Z',
    updatedAt: '2027-01-05T02:00:00.000Z',
    ...over,
  };
}

const treadmill = item({ id: 'e1', itemName: '跑步机', quantity: 2, status: 'delivered', allowedActions: ['install', 'stepBack'], version: 3 });
const sofa = item({ id: 'e2', itemName: '洽谈沙发', status: 'checked', allowedActions: ['stepBack'] });
const flowers = item({ id: 'e3', placeKind: 'showFlat', placeName: '1 号样板房', itemName: '软装花艺', status: 'requested', allowedActions: ['purchase'] });

const byStatus = (items: EquipmentItem[]) => ({
  requested: items.filter((i) => i.status === 'requested').length,
  purchased: items.filter((i) => i.status === 'purchased').length,
  delivered: items.filter((i) => i.status === 'delivered').length,
  installed: items.filter((i) => i.status === 'installed').length,
  checked: items.filter((i) => i.status === 'checked').length,
});
const progress = (items: EquipmentItem[]) => {
  const inPlace = items.filter((i) => i.inPlace).length;
  return { total: items.length, inPlace, byStatus: byStatus(items), allInPlace: items.length > 0 && inPlace === items.length };
};

export function readiness(): Readiness {
  return {
    project: { id: 'p1', name: '滨江花园' },
    today: '2027-03-04',
    dates,
    // Deliberately not in due-date order: the page sorts.
    milestones: [
      milestone({ id: 'm7', key: 'clubhouseEquipmentInPlace', clause: '4.4.1', anchor: 'clubhouseOpeningDate', title: '会所设备设施按配置要求落实到位', dueDate: '2027-05-05', daysLeft: 62, colour: 'grey' }),
      milestone({
        id: 'm1',
        key: 'clubhouseEquipmentPurchaseRequests',
        clause: '4.4.1',
        title: '完成会所功能相关设备设施的采购申请',
        dueDate: '2027-03-01',
        daysLeft: -3,
        colour: 'red',
        alertLevel: 'red',
        version: 4,
      }),
      milestone({ id: 'm2', key: 'clubhouseStaffing', title: '与营销部协商确定会所展示及配合营销的服务人员编制', dueDate: '2027-04-01', daysLeft: 28, colour: 'green', done: true, doneAt: '2027-02-10T03:00:00.000Z', doneBy: { id: 'u-butler', name: '李管家' }, owner: { id: 'u-butler', name: '李管家' } }),
    ],
    counts: { green: 1, amber: 0, red: 1, grey: 1 },
    worstColour: 'red',
    equipment: {
      places: [
        { kind: 'clubhouse', name: '会所', progress: progress([treadmill, sofa]), items: [treadmill, sofa] },
        { kind: 'showFlat', name: '1 号样板房', progress: progress([flowers]), items: [flowers] },
      ],
      total: progress([treadmill, sofa, flowers]),
    },
    assignableOwners: [
      { id: 'u-butler', name: '李管家' },
      { id: 'u-manager', name: '张经理' },
      { id: 'u-marketing', name: '周营销' },
    ],
  };
}
