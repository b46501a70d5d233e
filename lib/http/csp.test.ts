import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bootstrapScriptHashes, contentSecurityPolicy, isFrameworkBootstrap, securityHeaders } from './csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const flight = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n<b>\\u003cscript>"])';
const init = '(self.__next_f=self.__next_f||[]).push([0])';
const turbopack =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';

describe('inline script hashes', () => {
  it("allows Next's data pushes and Turbopack's chunk list, byte for byte", () => {
    const html = `<html><script src="/_next/a.js" async=""></script><script id="_R_">${turbopack}</script><script>${init}</script><script>${flight}</script></html>`;
    expect(bootstrapScriptHashes(html)).toEqual([sha(turbopack), sha(init), sha(flight)]);
  });

  it('never hashes an injected script, even one dressed up as a data push', () => {
    for (const evil of [
      'alert(1)',
      'window.__xss=1',
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"]),alert(1)//)',
      'self.__next_f.push(alert(1))',
      'self.__next_f.push("just a string")',
      '(self.__next_f=self.__next_f||[]).push([0]);fetch("//evil")//)',
    ]) {
      expect(isFrameworkBootstrap(evil), evil).toBe(false);
      expect(bootstrapScriptHashes(`<p>hi</p><script>${evil}</script>`), evil).toEqual([]);
    }
  });

  it('reads scripts with attributes and in any case, and lists a repeated one once', () => {
    expect(bootstrapScriptHashes(`<SCRIPT nonce="x">${init}</SCRIPT><script>${init}</script>`)).toEqual([sha(init)]);
  });
});

describe('policy', () => {
  it('has no unsafe-inline for scripts and forbids framing, plugins and base rewriting', () => {
    const csp = contentSecurityPolicy([sha(init)], { https: false });
    expect(csp).toContain(`script-src 'self' ${sha(init)};`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy([], { https: true })).toContain('upgrade-insecure-requests');
  });

  it('sends HSTS only for an https public address', () => {
    const names = (https: boolean) => securityHeaders({ https }).map(([k]) => k);
    expect(names(true)).toContain('Strict-Transport-Security');
    expect(names(false)).not.toContain('Strict-Transport-Security');
    expect(names(false)).toEqual(
      expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
    );
  });
});
