import type { DemoKnowledgeEntry } from './demo-bank.js';

/**
 * 物业管理应知应会: the property-service bank of the demo, written from the seed (前期服务合同约定、
 * 行业管理规定、公司的定位、服务内容及物业服务收费和服务常规问题). Figures that belong to a real project
 * (fees, deposits, opening hours) are not invented: the answers point to the project's own
 * documents and notices. {project}, {company}, {developer} and the service center's hours and phone
 * are filled in per project from its records.
 */
export const SERVICE_BANK: readonly DemoKnowledgeEntry[] = [
  {
    key: 'fee-standard',
    category: 'fees',
    question: '物业费收取标准',
    keywords: ['物业管理费', '物业服务费', '收费标准', '单价'],
    answer:
      '物业服务费按房屋产权登记的建筑面积按月计收，单价（元/平方米·月）以您签署的《前期物业服务协议》约定并经价格主管部门备案的标准为准，{project}的具体收费标准在销售中心物业咨询台公示。物业服务费包含公共区域秩序维护、保洁、绿化养护、共用设施设备日常运行维护以及物业管家服务等费用。',
  },
  {
    key: 'fee-start',
    category: 'fees',
    question: '物业费从什么时候开始计收',
    keywords: ['起算时间', '计费日期', '交付日'],
    answer:
      '物业服务费自《交付通知书》载明的交付之日起计收。如您在通知的交付日之后才办理收房手续，仍从通知的交付日起计算；具体以《前期物业服务协议》的约定为准。',
  },
  {
    key: 'fee-payment',
    category: 'fees',
    question: '物业费如何缴纳',
    keywords: ['缴费方式', '交费', '支付方式', '发票', '预交'],
    answer:
      '物业服务费一般按季度或按年预交，具体周期以《前期物业服务协议》约定为准。您可以在物业服务中心前台刷卡、微信或支付宝缴费，也可以办理银行代扣；缴费后可开具正式发票。',
  },
  {
    key: 'fee-vacant',
    category: 'fees',
    question: '房屋空置没有入住，需要交物业费吗',
    keywords: ['空置房', '未入住', '没住'],
    answer:
      '需要。房屋交付后，无论是否入住，公共区域的秩序维护、保洁、绿化和设施设备运行都在持续提供，物业服务费按《前期物业服务协议》约定缴纳；协议对空置房如有特别约定，按约定执行。',
  },
  {
    key: 'fee-parking',
    category: 'parking',
    question: '停车服务费怎么收',
    keywords: ['停车费', '车位管理费', '月租'],
    answer:
      '车位停车服务费按月计收，收费标准以《前期物业服务协议》约定及{project}公示的标准为准。停车服务费是物业对停车秩序和设施的管理费用，与购买或租用车位的价款是两笔不同的费用；车位的销售与租赁请咨询销售顾问。',
  },
  {
    key: 'water-electric',
    category: 'fees',
    question: '水费、电费和燃气费怎么交',
    keywords: ['水电费', '燃气费', '代缴'],
    answer:
      '水、电、燃气费由供水、供电、燃气单位按户表计量收取，您可以通过各单位的营业厅、网上营业厅或银行缴纳。物业管家提供代缴水、电、燃气、有线电视等费用的便民服务，可向管家登记。',
  },
  {
    key: 'agreement',
    category: 'agreement',
    question: '前期物业服务协议是什么',
    keywords: ['前期物业服务合同', '物业合同', '签约'],
    answer:
      '《前期物业服务协议》是在业主大会选聘物业服务企业之前，由建设单位{developer}选聘{company}并约定的物业服务合同。您购房时与《商品房买卖合同》一同签署，协议载明物业服务的内容、标准、收费、期限以及双方的权利和义务。物业咨询台可以为您逐条解释。',
  },
  {
    key: 'agreement-term',
    category: 'agreement',
    question: '前期物业服务协议的期限是多久',
    keywords: ['合同期限', '到期', '业主大会'],
    answer:
      '前期物业服务协议的期限以协议约定为准；期限未满但业主大会已选聘物业服务企业、且新的物业服务合同生效的，前期物业服务协议随之终止。',
  },
  {
    key: 'rules',
    category: 'rules',
    question: '临时管理规约是什么，为什么要签',
    keywords: ['业主公约', '管理规约', '签署'],
    answer:
      '《临时管理规约》由建设单位在销售前制定，对物业的使用、维护和管理，业主的共同利益，应当履行的义务以及违反规约应承担的责任作出约定。根据《物业管理条例》，购房时您需要书面承诺遵守；业主大会成立后，由业主大会制定的管理规约取代它。',
  },
  {
    key: 'rules-prohibited',
    category: 'rules',
    question: '临时管理规约禁止哪些行为',
    keywords: ['违章搭建', '高空抛物', '改变用途', '禁止'],
    answer:
      '主要包括：擅自拆改房屋承重结构、改变房屋外观或用途；违章搭建；占用或损坏楼道、绿地等共用部位和共用设施；高空抛物；堆放易燃易爆物品；制造超过规定标准的噪音等。具体条款以您签署的《临时管理规约》为准。',
  },
  {
    key: 'pets',
    category: 'rules',
    question: '小区可以养宠物吗',
    keywords: ['养狗', '养猫', '犬证', '宠物'],
    answer:
      '可以饲养宠物，但须遵守《临时管理规约》和本市养犬管理规定：为犬只办理登记和免疫，出户时拴绳并由成年人牵领，及时清理粪便，不得在公共区域放养，不得饲养禁养犬种。管家可提供宠物护理相关的便民服务。',
  },
  {
    key: 'renovation-rules',
    category: 'renovation',
    question: '装修管理规定有哪些要求',
    keywords: ['装修申请', '装修许可证', '装修时间', '施工时间'],
    answer:
      '开工前请到物业服务中心办理装修申请：提交装修图纸和施工单位资料，签署《装修管理规定》和承诺书，审批后领取装修许可证方可进场。施工时间和禁止施工的时段以《装修管理规定》为准，法定节假日不得进行噪音施工。装修期间物业会定期巡查，完工后办理验收。',
  },
  {
    key: 'renovation-deposit',
    category: 'renovation',
    question: '装修押金和装修垃圾清运费怎么收',
    keywords: ['装修保证金', '押金退还', '垃圾清运费'],
    answer:
      '装修押金（保证金）和装修垃圾清运费的金额以{project}《装修管理规定》和公示为准。装修押金在竣工验收合格、且无违规损坏公共部位的情况下无息退还。装修垃圾须袋装后运到指定地点，不得混入生活垃圾。',
  },
  {
    key: 'butler-services',
    category: 'services',
    question: '物业管家提供哪些服务',
    keywords: ['管家式服务', '服务内容', '服务项目', '一览表'],
    answer:
      '{company}为业主提供管家式服务，共 11 类 110 项：生活秘书、安保、家政、绿化、便民、商务、交通、维修、搬运、租赁和房屋代管服务。每户有专属管家，签约时您可填写个性化服务需求档案。部分项目为有偿服务，价格以物业服务中心公示为准。',
  },
  {
    key: 'booking-lead',
    category: 'services',
    question: '家政、维修服务需要提前多久预约',
    keywords: ['提前一个工作日', '预约时间', '家政服务预约', '维修服务预约'],
    answer:
      '家政服务、维修服务和会所场地预定都需要提前 1 个工作日预约；植物代种植需提前 3 个工作日；陪同业主存取巨款需提前 1 个工作日。工作日按国家法定节假日和调休安排计算。您可以通过专属管家或手机预约。',
  },
  {
    key: 'repair',
    category: 'services',
    question: '家里设施坏了怎么报修',
    keywords: ['报修电话', '漏水', '保修期', '维修'],
    answer:
      '您可以拨打物业服务中心电话、在手机上提交报修或直接告诉您的管家。接到报修的工作人员实行首问责任制，负责跟进到修好并回访。保修期内属于建设单位保修范围的问题免费维修；户内有偿维修按公示的价格收取。',
  },
  {
    key: 'parcels',
    category: 'services',
    question: '快递包裹可以代收吗',
    keywords: ['代收快递', '包裹', '信件'],
    answer:
      '可以。物业服务中心提供代收发信件、包裹服务，代收时登记并通知您，凭通知或有效证件领取。贵重物品、生鲜或大件物品请提前告知管家。',
  },
  {
    key: 'butler-handbook',
    category: 'services',
    question: '签约时拿到的物业管家服务手册是什么',
    keywords: ['服务手册', '调查问卷', '个性化服务需求档案'],
    answer:
      '《物业管家服务手册》介绍入住后的管家服务内容、预约方式和联系方式，签约时交给您。同时请您填写调查问卷，我们据此建立您家庭的个性化服务需求档案，入住后有针对性地为您提供服务。',
  },
  {
    key: 'clubhouse-hours',
    category: 'clubhouse',
    question: '会所开放时间和收费',
    keywords: ['会所开放', '健身房', '游泳池', '会所收费'],
    answer:
      '会所的开放时间和各项目收费以{project}会所公示为准。业主凭门禁卡入场，部分场地和活动为有偿使用。会所开放前，物业会在社区公告中通知开放日期。',
  },
  {
    key: 'clubhouse-booking',
    category: 'clubhouse',
    question: '会所场地怎么预定',
    keywords: ['场地预定', '会所预约', '包场'],
    answer:
      '会所场地按时段预定，请至少提前 1 个工作日通过专属管家或手机预约。预约成功后会生成服务单，如需取消请提前告知管家，以便释放时段给其他业主。',
  },
  {
    key: 'visitor-parking',
    category: 'parking',
    question: '访客车辆可以停进小区吗',
    keywords: ['访客停车', '临时停车', '外来车辆'],
    answer:
      '访客车辆经门岗登记、业主确认后可停放在访客车位，临时停车按{project}公示的标准收费。小区实行人车分流，车辆请按指引停放，不得占用消防通道。',
  },
  {
    key: 'shuttle',
    category: 'parking',
    question: '有没有班车或接驳车',
    keywords: ['巴士', '看房车', '电瓶车', '接送'],
    answer:
      '销售期间，销售中心提供往返巴士接送看房，项目内有电瓶车接送您参观样板房和园区。入住后是否开通社区班车，将根据业主的出行需求确定，并以届时的社区公告为准。',
  },
  {
    key: 'security',
    category: 'security',
    question: '小区的安保措施怎么样',
    keywords: ['保安', '巡逻', '监控', '封闭式管理', '安全'],
    answer:
      '小区实行封闭式管理，提供 24 小时安全保卫服务：出入口门岗值守，秩序维护员定时巡逻，监控中心全天值班，访客登记后进入。消防设施由专人定期检查，遇紧急情况物业会第一时间响应。',
  },
  {
    key: 'visitors',
    category: 'security',
    question: '亲友来访怎么进入小区',
    keywords: ['访客登记', '门禁', '来访'],
    answer:
      '亲友来访时，请在门岗登记，门岗与您确认后放行；您也可以提前告诉管家来访人姓名和时间，我们会做好接待和指引。',
  },
  {
    key: 'handover-process',
    category: 'handover',
    question: '收房（交房）流程是怎样的',
    keywords: ['入伙', '交付流程', '领钥匙', '验房'],
    answer:
      '收到《交付通知书》后，请按约定时间到交付现场：核验身份和购房资料 → 签署交付相关文件 → 办理物业入住手续并缴纳首期费用 → 在工作人员陪同下验房 → 确认水电燃气表读数 → 领取钥匙。验房发现的问题会登记并跟进整改。',
  },
  {
    key: 'handover-documents',
    category: 'handover',
    question: '办理入住需要带哪些材料',
    keywords: ['入住手续', '收房材料', '身份证'],
    answer:
      '请携带《交付通知书》、《商品房买卖合同》、购房人身份证原件；委托他人办理的，还需带授权委托书和受托人身份证。具体清单以《交付通知书》为准。',
  },
  {
    key: 'company-profile',
    category: 'company',
    question: '物业公司简介',
    keywords: ['物业公司', '资质', '公司介绍', '品牌'],
    answer:
      '{project}由{company}提供物业服务。公司以“管家式服务”为特色，每户配备专属管家，实行首问责任制。公司的资质、在管项目和服务荣誉以物业形象展示区的公司资料为准，欢迎您参观了解。',
  },
  {
    key: 'service-center',
    category: 'company',
    question: '物业服务中心的办公时间和联系电话',
    keywords: ['服务中心电话', '办公时间', '值班电话'],
    answer:
      '{project}物业服务中心的办公时间为每日 {serviceHours}，电话 {serviceCenterPhone}。办公时间以外设有 24 小时值班电话，紧急报修随时受理；您的专属管家也会留下联系方式。',
  },
];
