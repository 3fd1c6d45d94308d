import { paragraphsOf } from '@guanjia/domain/owner-documents/index';
import { openCjkPdf, PDF_GREY as GREY, shanghaiDateTime } from '../../platform/pdf/cjk-pdf.js';

export { shanghaiDateTime };

export interface SignaturePdfInput {
  title: string;
  versionNo: number;
  body: string;
  projectName: string;
  unitLabel: string | null;
  ownerName: string;
  signedAt: string;
  device: string | null;
  textSha256: string;
  /** The drawn signature (PNG bytes); null once the owner's personal data was erased. */
  signaturePng: Buffer | null;
  /** A receipt (the handbook) or an agreement: the line above the signature says which. */
  acknowledgesReceipt: boolean;
}

/** In place of the drawn signature on the copy kept after the owner's personal data was erased. */
export const ERASED_SIGNATURE_NOTE = '（手写签名图像已按业主注销个人信息的申请删除）';

/**
 * The archived copy of a signed document: its full text as signed, who signed for which unit, when
 * (Shanghai time) and on what device, the signature itself, the text's SHA-256 and page numbers.
 */
export function renderSignaturePdf(input: SignaturePdfInput): Promise<Buffer> {
  const { doc, width, finish } = openCjkPdf({ Title: input.title, Subject: `v${input.versionNo}` });

  doc.fontSize(18).text(input.title, { align: 'center' });
  doc.moveDown(0.3).fontSize(10).fillColor(GREY).text(`版本 v${input.versionNo}`, { align: 'center' });
  doc.moveDown(0.8).fillColor('black').fontSize(10.5);
  doc.text(`项目：${input.projectName}`);
  doc.text(`房号：${input.unitLabel ?? '—'}`);
  doc.text(`业主：${input.ownerName}`);
  doc.moveDown(0.6);
  doc.moveTo(doc.page.margins.left, doc.y).lineTo(doc.page.margins.left + width, doc.y).strokeColor('#cccccc').stroke();
  doc.moveDown(0.6).fontSize(11);
  for (const p of paragraphsOf(input.body)) doc.text(p, { width, lineGap: 3, paragraphGap: 6 });

  // The signature block stays in one piece: start a page when it would not fit.
  const blockHeight = 200;
  if (doc.y + blockHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(1).fontSize(11);
  doc.text(input.acknowledgesReceipt ? '本人确认已收到上述文件。' : '本人已阅读并同意上述全部条款。');
  doc.moveDown(0.4).text('业主签名：');
  if (input.signaturePng) doc.image(input.signaturePng, { fit: [220, 90] });
  else doc.moveDown(0.4).fillColor(GREY).text(ERASED_SIGNATURE_NOTE).fillColor('black');
  doc.moveDown(0.4).fontSize(9.5).fillColor(GREY);
  doc.text(`签署时间：${shanghaiDateTime(input.signedAt)}（北京时间）`);
  doc.text(`签署设备：${input.device ?? '—'}`, { width });
  doc.text(`文本 SHA-256：${input.textSha256}`, { width });

  return finish();
}
