import { openCjkPdf, PDF_GREY, shanghaiDateTime } from '../../platform/pdf/cjk-pdf.js';
import type { OwnerDataExport } from './collect-owner-data.js';

const at = (instant: string | null) => (instant ? shanghaiDateTime(instant) : '—');
const text = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
const RELATIONS: Record<string, string> = { owner: '业主', coOwner: '共有人', resident: '住户', tenant: '租户' };

/** The sections of the PDF: a title and its lines, in the order of the JSON export. */
export function ownerDataSections(d: OwnerDataExport): { title: string; lines: string[] }[] {
  return [
    {
      title: '基本信息',
      lines: [`姓名：${d.owner.name}`, `手机号：${text(d.owner.phone)}`, `身份证号：${text(d.owner.idNumber)}`, `项目：${d.owner.project}`, `建档时间：${at(d.owner.createdAt)}`],
    },
    { title: '房屋与业户', lines: d.households.map((h) => `${h.unit}（${RELATIONS[h.relation] ?? h.relation}），自 ${at(h.since)}`) },
    { title: '同意记录', lines: d.consents.map((c) => `${at(c.recordedAt)} ${c.purpose}：${c.granted ? '同意' : '不同意 / 撤回'}（${c.method}，文本 ${c.textVersion}）${c.note ? ` ${c.note}` : ''}`) },
    {
      title: '成交信息',
      lines: d.deals.map((x) => `${x.signingDate} ${x.role === 'buyer' ? '买受人' : '共同买受人'} ${x.asSigned.name} ${text(x.asSigned.phone)} 合同号 ${text(x.contractNumber)}（${x.status === 'cancelled' ? '已撤销' : '有效'}）`),
    },
    { title: '已签署文件（存档哈希）', lines: d.signedDocuments.map((s) => `${s.title} v${s.versionNo}，签署于 ${at(s.signedAt)}；文本 SHA-256 ${s.textSha256}；PDF SHA-256 ${text(s.pdfSha256)}`) },
    { title: '调查问卷答案', lines: d.questionnaireAnswers.map((r) => `${r.questionnaire} v${r.versionNo}（${at(r.submittedAt)}）：${text(r.answers)}`) },
    { title: '个性化服务需求档案', lines: d.serviceProfiles.map((p) => `管家记录：${text(p.recorded)}${p.answered ? `；问卷层：${text(p.answered)}` : ''}`) },
    {
      title: '工单',
      lines: d.workOrders.flatMap((o) => [
        `${o.number} ${o.title}（${o.status}）提交于 ${at(o.createdAt)}${o.satisfaction ? `，满意度 ${o.satisfaction}` : ''}`,
        ...o.history.map((e) => `    ${at(e.at)} ${e.action}${e.to ? ` → ${e.to}` : ''}${e.reason ? `：${e.reason}` : ''}`),
      ]),
    },
    { title: '发送给您的消息', lines: d.messages.map((m) => `${at(m.createdAt)} [${m.channel}] ${m.title}：${m.body}`) },
    { title: '邀请链接', lines: d.invitations.map((i) => `创建于 ${at(i.createdAt)}，有效期至 ${at(i.expiresAt)}${i.revokedAt ? `，已于 ${at(i.revokedAt)} 撤销` : ''}`) },
  ];
}

/** 个人信息副本: the same content as the JSON export, in Chinese, with the CJK font embedded. */
export function renderOwnerDataPdf(d: OwnerDataExport): Promise<Buffer> {
  const { doc, width, finish } = openCjkPdf({ Title: '个人信息副本', Subject: d.owner.id });
  doc.fontSize(18).text('个人信息副本', { align: 'center' });
  doc.moveDown(0.3).fontSize(10).fillColor(PDF_GREY).text(`生成时间：${at(d.generatedAt)}（北京时间）`, { align: 'center' });
  for (const section of ownerDataSections(d)) {
    doc.moveDown(0.8).fillColor('black').fontSize(13).text(section.title, { width });
    doc.moveDown(0.2).fontSize(10);
    if (!section.lines.length) doc.fillColor(PDF_GREY).text('（无）', { width });
    for (const line of section.lines) doc.fillColor('black').text(line, { width, lineGap: 2 });
  }
  return finish();
}
