import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../platform/http/errors.js';
import { parseSignatureImage } from './signature-image.js';
import { pngDataUrl, testSignaturePng } from './signature-test-png.js';

const refusal = (dataUrl: string) => {
  try {
    parseSignatureImage(dataUrl);
  } catch (err) {
    return (err as ValidationError).fields?.signature;
  }
  return null;
};

describe('drawn signature image', () => {
  it('a PNG with a stroke is accepted as its bytes', () => {
    const png = testSignaturePng();
    expect(parseSignatureImage(pngDataUrl(png)).equals(png)).toBe(true);
  });

  it.each([
    ['an empty pad', pngDataUrl(testSignaturePng({ blank: true })), 'ownerDocument.field.signatureBlank'],
    ['a JPEG', `data:image/jpeg;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString('base64')}`, 'ownerDocument.field.signatureNotPng'],
    ['text claiming to be a PNG', `data:image/png;base64,${Buffer.from('hello, this is not an image at all, just text'.repeat(3)).toString('base64')}`, 'ownerDocument.field.signatureNotPng'],
    ['broken base64', 'data:image/png;base64,@@@', 'ownerDocument.field.signatureNotPng'],
    ['a PNG whose data is cut off', pngDataUrl(testSignaturePng().subarray(0, 80)), 'ownerDocument.field.signatureNotPng'],
    ['a PNG over 500 KB', `data:image/png;base64,${Buffer.alloc(501 * 1024).toString('base64')}`, 'ownerDocument.field.signatureTooLarge'],
    ['an absurdly large canvas', pngDataUrl(testSignaturePng({ width: 5000, height: 10, blank: true })), 'ownerDocument.field.signatureNotPng'],
  ])('%s is refused', (_, dataUrl, key) => {
    expect(refusal(dataUrl)).toBe(key);
  });
});
