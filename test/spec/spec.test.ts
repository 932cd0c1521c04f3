import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { SPEC_PATH, loadSpec } from '../../src/spec/load-spec.js';
import { HTTP_METHODS, operationsOf, vendorsOf } from '../../src/spec/operations.js';
import { VENDOR_MODULES } from '../../src/vendors/index.js';
import { WORKER_LIMITS } from '../../src/services/knowledge/document-worker.js';
import { PDF_LIMITS } from '../../src/services/knowledge/read-document.js';
import { XLSX_MAX_UNZIPPED_BYTES } from '../../src/services/knowledge/read-spreadsheet.js';

describe('openapi.yaml', () => {
  it('is a valid OpenAPI 3.1 document (swagger-parser)', async () => {
    const api = (await SwaggerParser.validate(SPEC_PATH)) as any;
    expect(api.openapi).toBe('3.1.0');
  });

  it('has exactly the operations of the references, under each vendor mount, and invents none', async () => {
    const spec = await loadSpec();
    const vendors = vendorsOf(spec);
    // The spec's vendors are the list's, in its order, each at its own mount.
    expect(vendors.map((v) => [v.name, v.mount])).toEqual(VENDOR_MODULES.map((m) => [m.name, `/${m.name}`]));
    const ops = operationsOf(spec);
    for (const v of vendors) {
      const { REFERENCE } = (await import(`../../src/vendors/${v.name}/reference.ts`)) as {
        REFERENCE: { origin: string; operations: string[]; preflightEveryPath?: boolean };
      };
      expect(v.origin).toBe(REFERENCE.origin);
      const own = ops.filter((o) => o.vendor === v.name);
      const actual = own
        .filter((o) => !(REFERENCE.preflightEveryPath && o.method === 'OPTIONS'))
        .map((o) => `${o.method} ${o.template.slice(v.mount.length)}`);
      expect(actual.sort(), v.name).toEqual([...REFERENCE.operations].sort());
      // A vendor whose every endpoint answers CORS preflight: one OPTIONS per path, nothing more.
      if (REFERENCE.preflightEveryPath)
        expect(own.filter((o) => o.method === 'OPTIONS').length).toBe(new Set(own.map((o) => o.template)).size);
    }
  });

  it('documents a 4xx answer for every operation but the CORS preflights (which always answer 204)', async () => {
    const spec = await loadSpec();
    const missing = operationsOf(spec)
      .filter((op) => op.method !== 'OPTIONS' && !Object.keys(op.responses).some((s) => /^4(\d\d|XX)$/.test(s)))
      .map((op) => op.id);
    expect(missing).toEqual([]);
  });

  it('gives every operation an id, a security requirement, and an example on every response body', async () => {
    const spec = await loadSpec();
    const problems: string[] = [];
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!op) continue;
        if (!op.operationId) problems.push(`${method} ${path}: no operationId`);
        if (!Array.isArray(op.security)) problems.push(`${method} ${path}: no security`);
        for (const [status, response] of Object.entries<any>(op.responses)) {
          for (const [media, content] of Object.entries<any>(response.content ?? {})) {
            if (content.example === undefined && content.examples === undefined)
              problems.push(`${method} ${path} ${status} ${media}: no example`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('carries the constraints the references give', async () => {
    const spec = await loadSpec();
    const s = spec.components.schemas;
    expect(
      spec.paths['/chungtair/api/widget/message'].post.requestBody.content['application/json'].schema.properties
        .message,
    ).toMatchObject({ minLength: 1, maxLength: 300 });
    expect(
      spec.paths['/chungtair/api/widget/message'].post.requestBody.content['application/json'].schema.properties.chat_id
        .pattern,
    ).toBe('^web_[0-9a-f]{8,32}$');
    expect(s.ChungtairToken.pattern).toBe('^[0-9a-f]{32}$');
    expect(
      spec.paths['/asyntai/api/v1/knowledge/text/'].post.requestBody.content['application/json'].schema.properties
        .content.minLength,
    ).toBe(10);
    expect(s.AsyntaiWebhookEvent.enum).toEqual([
      'message.received',
      'conversation.started',
      'escalation.requested',
      'takeover.started',
    ]);
    expect(s.AsyntaiSessionSource.enum).toEqual([
      'widget',
      'api',
      'whatsapp',
      'instagram',
      'messenger',
      'gorgias',
      'freshchat',
      'zapier',
    ]);
    const sessionsLimit = spec.paths['/asyntai/api/v1/sessions/'].get.parameters.find((p: any) => p.name === 'limit');
    expect(sessionsLimit.schema).toMatchObject({ minimum: 1, maximum: 100, default: 20 });
    const conversationsLimit = spec.paths['/asyntai/api/v1/conversations/'].get.parameters.find(
      (p: any) => p.name === 'limit',
    );
    expect(conversationsLimit.schema).toMatchObject({ minimum: 1, maximum: 100, default: 50 });
  });

  it('marks what comes only from the vendor notes as observed', async () => {
    const spec = await loadSpec();
    expect(spec.paths['/companin/api/v1/sessions/{session_id}/messages'].get['x-observed']).toBeDefined();
    expect(spec.components.schemas.AsyntaiChatResponse.properties.ai_disclosure['x-observed']).toBeDefined();
    expect(
      spec.paths['/asyntai/api/v1/leads/'].get.parameters.find((p: any) => p.name === 'since')['x-observed'],
    ).toBeDefined();
  });

  it('states the document limits the knowledge services enforce (x-document-limits)', async () => {
    const { pdf, xlsx, worker } = (await loadSpec())['x-document-limits'];
    expect(pdf).toEqual({
      pages: PDF_LIMITS.pages,
      characters: PDF_LIMITS.chars,
      pageInflatedBytes: PDF_LIMITS.pageInflatedBytes,
      inflatedBytes: PDF_LIMITS.inflatedBytes,
    });
    expect(xlsx).toEqual({ unpackedBytes: XLSX_MAX_UNZIPPED_BYTES });
    expect(worker).toEqual(WORKER_LIMITS);
  });
});
