import { describe, expect, test } from 'vitest';
import { isGovSite, parseHost, registeredPatterns, siteMode, siteOf } from '../../../src/shared/sites.ts';

describe('sites', () => {
  test('siteOf: the host of web pages only', () => {
    expect(siteOf('https://www.example.com/a?b#c')).toBe('www.example.com');
    expect(siteOf('http://www.beijing.gov.cn:8080/x.html')).toBe('www.beijing.gov.cn');
    expect(siteOf('chrome://extensions')).toBeUndefined();
    expect(siteOf('file:///home/a.html')).toBeUndefined();
    expect(siteOf('not a url')).toBeUndefined();
    expect(siteOf(undefined)).toBeUndefined();
  });

  test('parseHost accepts what people type or paste, and nothing else', () => {
    expect(parseHost('  News.Example.com ')).toBe('news.example.com');
    expect(parseHost('https://news.example.com/2024/a.html')).toBe('news.example.com');
    expect(parseHost('not a host')).toBeUndefined();
    expect(parseHost('localhost')).toBeUndefined();
    expect(parseHost('')).toBeUndefined();
  });

  test('government sites are gov.cn and its subdomains, not look-alikes', () => {
    expect(isGovSite('gov.cn')).toBe(true);
    expect(isGovSite('www.beijing.gov.cn')).toBe(true);
    expect(isGovSite('notgov.cn')).toBe(false);
    expect(isGovSite('gov.cn.example.com')).toBe(false);
  });

  test('siteMode says why a site is repaired automatically', () => {
    const options = { everywhere: false, sites: ['mirror.example.com'] };
    expect(siteMode('www.beijing.gov.cn', options)).toBe('gov');
    expect(siteMode('mirror.example.com', options)).toBe('listed');
    expect(siteMode('other.example.com', options)).toBe('off');
    expect(siteMode('other.example.com', { ...options, everywhere: true })).toBe('everywhere');
  });

  test('registered patterns: the listed sites (the manifest covers gov.cn), or every site', () => {
    expect(registeredPatterns({ everywhere: false, sites: ['a.example.com', 'www.gov.cn'] })).toEqual(['*://a.example.com/*']);
    expect(registeredPatterns({ everywhere: true, sites: ['a.example.com'] })).toEqual(['http://*/*', 'https://*/*']);
    expect(registeredPatterns({ everywhere: false, sites: [] })).toEqual([]);
  });
});
