import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAnchor, fromBuild } from './anchor.ts';

describe('findAnchor', () => {
  it('stops with a message that says where it looked and what to do when the kit is missing', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-anchor-'));
    expect(() => findAnchor('/x/repo', { BANG_VANG_ANCHOR: empty })).toThrow(
      new RegExp(`anchor kit is missing: ${empty} has no to-hugo\\.mjs or hugo.*BANG_VANG_ANCHOR.*--no-anchor`),
    );
    // Default: shared/anchor beside the repository's folder.
    expect(() => findAnchor(path.join(empty, 'repo'), {})).toThrow(path.join(empty, 'shared', 'anchor'));
  });
});

describe('fromBuild', () => {
  it("turns the bench's build figures into one side of the comparison (others' CPU from cores × wall)", () => {
    expect(
      fromBuild({
        exitCode: 0,
        wallS: 10,
        cpuS: 15,
        countedCpuS: 12,
        outsideAccountingS: 3,
        peakTreeRssMiB: 900,
        maxSingleRssMiB: 700,
        largestProcess: 'node',
        otherCores: 0.25,
      }),
    ).toEqual({
      exitCode: 0,
      wallS: 10,
      cpuS: 15,
      countedCpuS: 12,
      outsideAccountingS: 3,
      peakTreeMiB: 900,
      largestProcMiB: 700,
      largestProcess: 'node',
      otherCpuS: 2.5,
    });
  });
});
