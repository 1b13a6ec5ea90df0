import { describe, expect, it } from 'vitest';
import { parseErrorBody } from '../../../../../electron/core/providers/error-body';

// Bodies shaped like each provider's real answers (see DESIGN.md and the fixtures' SOURCES.md).
describe('parseErrorBody', () => {
  it('reads the OpenAI/Together shape, also pretty-printed', () => {
    const body = '{\n  "error": {\n    "message": "Invalid API key provided.",\n    "type": "invalid_request_error",\n    "param": null,\n    "code": "invalid_api_key"\n  }\n}';
    expect(parseErrorBody(401, body)).toEqual({ status: 401, message: 'Invalid API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' });
  });
  it("reads Anthropic's envelope", () => {
    expect(parseErrorBody(401, '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_1"}')).toMatchObject({ message: 'invalid x-api-key', type: 'authentication_error' });
  });
  it("reads Google's rpc Status and surfaces API_KEY_INVALID", () => {
    const body = '{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}}';
    expect(parseErrorBody(400, body)).toMatchObject({ message: 'API key not valid. Please pass a valid API key.', type: 'INVALID_ARGUMENT', code: 'API_KEY_INVALID' });
  });
  it("reads OpenRouter's integer code and Azure's string code", () => {
    expect(parseErrorBody(401, '{"error":{"message":"No auth credentials found","code":401}}')).toMatchObject({ message: 'No auth credentials found', code: '401' });
    expect(parseErrorBody(401, '{"error":{"code":"401","message":"Access denied due to invalid subscription key."}}')).toMatchObject({ code: '401' });
  });
  it("reads Mistral's bare message and detail, and Ollama's string error", () => {
    expect(parseErrorBody(401, '{"message":"Unauthorized","request_id":"r"}').message).toBe('Unauthorized');
    expect(parseErrorBody(401, '{"detail":"Unauthorized"}').message).toBe('Unauthorized');
    expect(parseErrorBody(404, '{"error":"model \'llama9\' not found"}').message).toBe("model 'llama9' not found");
  });
  it('names an HTML page and an empty body for what they are', () => {
    expect(parseErrorBody(502, '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>')).toMatchObject({ type: 'html', message: expect.stringContaining('502 Bad Gateway') });
    expect(parseErrorBody(500, '').message).toBe('HTTP 500 with an empty body');
  });
});
