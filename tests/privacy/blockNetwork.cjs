// Preloaded with `node --require` by noNetwork.test.ts: every way a Node program reaches the network
// (or opens any socket) is replaced by one that records the attempt in $TAIZHANG_NETWORK_LOG and throws.
'use strict';
const { appendFileSync } = require('node:fs');

const log = process.env.TAIZHANG_NETWORK_LOG;
if (!log) throw new Error('blockNetwork.cjs needs TAIZHANG_NETWORK_LOG');

function blocked(name) {
  return function attempt() {
    appendFileSync(log, `${name}\n`);
    throw new Error(`network use blocked: ${name}`);
  };
}

function block(target, names, prefix) {
  for (const name of names) {
    if (typeof target[name] === 'function') target[name] = blocked(`${prefix}.${name}`);
  }
}

const net = require('node:net');
block(net, ['connect', 'createConnection', 'createServer'], 'net');
block(net.Socket.prototype, ['connect'], 'net.Socket');
block(net.Server.prototype, ['listen'], 'net.Server');
block(require('node:tls'), ['connect', 'createServer'], 'tls');
block(require('node:http'), ['request', 'get', 'createServer'], 'http');
block(require('node:https'), ['request', 'get', 'createServer'], 'https');
block(require('node:http2'), ['connect', 'createServer', 'createSecureServer'], 'http2');
block(require('node:dgram'), ['createSocket'], 'dgram');
const dns = require('node:dns');
block(dns, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'], 'dns');
block(dns.promises, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'], 'dns.promises');
block(globalThis, ['fetch', 'WebSocket', 'EventSource'], 'globalThis');
