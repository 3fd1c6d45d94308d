import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliyunSmsSender, canonicalQuery, percentEncode, rpcSignature, signedQuery, stringToSign } from './aliyun-sms.js';

/*
 * The provider's worked example, reproduced byte for byte. Source: Alibaba Cloud 短信服务 documentation,
 * "请求签名" (https://help.aliyun.com/document_detail/101343.htm), the same example as the 云通信
 * "HTTP协议及签名" request sample (https://developer.aliyun.com/ask/218522): AccessKeyId testId,
 * AccessKeySecret testSecret, SendSms to 15300000001 with SignName 阿里云短信测试专用, TemplateCode
 * SMS_71390007, TemplateParam {"customer":"test"}, OutId 123, Timestamp 2017-07-12T02:42:19Z,
 * SignatureNonce 45e25e9b-0a6f-4070-8c85-2956eda1b466 → Signature zJDF+Lrzhj/ThnlvIToysFRq6t4=
 * (zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D in the URL).
 */
const PUBLISHED = {
  AccessKeyId: 'testId',
  Action: 'SendSms',
  Format: 'XML',
  OutId: '123',
  PhoneNumbers: '15300000001',
  RegionId: 'cn-hangzhou',
  SignName: '阿里云短信测试专用',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
  SignatureVersion: '1.0',
  TemplateCode: 'SMS_71390007',
  TemplateParam: '{"customer":"test"}',
  Timestamp: '2017-07-12T02:42:19Z',
  Version: '2017-05-25',
};

describe('Alibaba Cloud RPC signature (SignatureVersion 1.0, HMAC-SHA1)', () => {
  it('system: the SMS documentation’s SendSms example gives its published StringToSign, signature and URL', () => {
    expect(canonicalQuery(PUBLISHED)).toBe(
      'AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25',
    );
    expect(stringToSign('GET', PUBLISHED)).toBe(
      'GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123%26PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou%26SignName%3D%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1%25E6%25B5%258B%25E8%25AF%2595%25E4%25B8%2593%25E7%2594%25A8%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D45e25e9b-0a6f-4070-8c85-2956eda1b466%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007%26TemplateParam%3D%257B%2522customer%2522%253A%2522test%2522%257D%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25',
    );
    expect(rpcSignature('GET', PUBLISHED, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
    expect(`http://dysmsapi.aliyuncs.com/?${signedQuery(PUBLISHED, 'testSecret')}`).toBe(
      'http://dysmsapi.aliyuncs.com/?Signature=zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D&AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25',
    );
  });

  it('system: the general RPC "签名机制" example (ECS DescribeRegions, secret testsecret) gives CT9X0VtwR86fNWSnsc6v8YGOjuE=', () => {
    // Source: Alibaba Cloud API 签名机制 示例 (developer.aliyun.com/ask/210168; the same URL appears in every RPC product's "Signature mechanism" page).
    const params = { TimeStamp: '2016-02-23T12:46:24Z', Format: 'XML', AccessKeyId: 'testid', Action: 'DescribeRegions', SignatureMethod: 'HMAC-SHA1', SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf', Version: '2014-05-26', SignatureVersion: '1.0' };
    expect(rpcSignature('GET', params, 'testsecret')).toBe('CT9X0VtwR86fNWSnsc6v8YGOjuE=');
  });

  it('percent-encoding follows RFC 3986: space %20, * %2A, ~ kept, UTF-8 bytes', () => {
    expect(percentEncode("a b*c~d'e(f)!")).toBe('a%20b%2Ac~d%27e%28f%29%21');
    expect(percentEncode('管')).toBe('%E7%AE%A1');
  });
});

// A stand-in for dysmsapi on loopback: it re-checks the signature from the raw query and answers as the provider does.
let server: Server;
let endpoint: string;
const received: Record<string, string>[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    const params = Object.fromEntries(url.searchParams) as Record<string, string>;
    received.push(params);
    const { Signature, ...rest } = params;
    const reply = (body: object, status = 200) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (rpcSignature('GET', rest, 'local-secret') !== Signature) return reply({ Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched with our calculation.' }, 400);
    if (rest.PhoneNumbers === '13900000009') return reply({ Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发小时级流控Permits:5' });
    if (rest.PhoneNumbers === '1390000') return reply({ Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号' });
    if (rest.PhoneNumbers === '13900000500') return reply({ Code: 'ServiceUnavailable', Message: 'busy' }, 503);
    reply({ Code: 'OK', Message: 'OK', BizId: `biz-${received.length}`, RequestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const sender = (secret = 'local-secret') => aliyunSmsSender({ accessKeyId: 'local-id', accessKeySecret: secret, signName: '锦华物业', endpoint, now: () => new Date('2026-03-02T02:00:00.123Z') });
const message = (phone: string) => ({ id: 'msg-1', address: phone, title: '天气提醒', body: '今晚有暴雨', templateCode: 'SMS_468120001', variables: { content: '今晚有暴雨，请关好门窗。' } });

describe('SendSms over real HTTP on loopback', () => {
  it('system: a signed request the server verifies is sent with every parameter; BizId comes back', async () => {
    const r = await sender().send(message('13912345678'));
    expect(r).toEqual({ ok: true, providerMessageId: expect.stringMatching(/^biz-/) });
    expect(received.at(-1)).toMatchObject({
      Action: 'SendSms',
      Version: '2017-05-25',
      Format: 'JSON',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      AccessKeyId: 'local-id',
      PhoneNumbers: '13912345678',
      SignName: '锦华物业',
      TemplateCode: 'SMS_468120001',
      TemplateParam: '{"content":"今晚有暴雨，请关好门窗。"}',
      Timestamp: '2026-03-02T02:00:00Z',
      OutId: 'msg-1',
    });
    expect(received.at(-1)!.SignatureNonce).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('system: provider flow control and a 503 are retryable; an illegal number and a wrong secret are final', async () => {
    expect(await sender().send(message('13900000009'))).toEqual({ ok: false, retryable: true, error: 'isv.BUSINESS_LIMIT_CONTROL: 触发小时级流控Permits:5' });
    expect(await sender().send(message('13900000500'))).toMatchObject({ ok: false, retryable: true });
    expect(await sender().send(message('1390000'))).toEqual({ ok: false, retryable: false, error: 'isv.MOBILE_NUMBER_ILLEGAL: 非法手机号' });
    expect(await sender('wrong-secret').send(message('13912345678'))).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('SignatureDoesNotMatch') });
  });

  it('system: an unreachable endpoint is retryable; no template or no phone is final without a request', async () => {
    const down = aliyunSmsSender({ accessKeyId: 'x', accessKeySecret: 'y', signName: 'z', endpoint: 'http://127.0.0.1:1/', timeoutMs: 2000 });
    expect(await down.send(message('13912345678'))).toMatchObject({ ok: false, retryable: true, error: expect.stringContaining('network') });
    const before = received.length;
    expect(await sender().send({ ...message('13912345678'), templateCode: null })).toEqual({ ok: false, retryable: false, error: 'smsTemplateMissing' });
    expect(await sender().send({ ...message(''), address: null })).toEqual({ ok: false, retryable: false, error: 'noPhone' });
    expect(received.length).toBe(before);
  });
});
