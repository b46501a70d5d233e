import { describe, expect, it } from 'vitest';
import { findContactsBlock } from './contacts-block';

describe('findContactsBlock', () => {
  it.each([
    'For more information and to set up interviews:',
    'Media contacts',
    'Media contact: ',
    'For further information, please contact',
    'Press contact',
    'Contacts médias :',
    "Pour plus d'informations, veuillez contacter :",
    'Rückfragen & Kontakt:',
    'Pressekontakt:',
    'Para más información:',
    'Contacto de prensa',
  ])('starts the block after %j', (header) => {
    const { before, block, found } = findContactsBlock(['A title', 'Story.', header, 'Jane Doe, +41 79 555 01 23']);
    expect({ before, found }).toEqual({ before: ['A title', 'Story.'], found: true });
    expect(block.filter(Boolean)).toEqual(['Jane Doe, +41 79 555 01 23']);
  });

  it('keeps the names that follow a lead-in on the same line', () => {
    expect(findContactsBlock(['Story. For further information, please contact Jane Doe (+41 79 555 01 23).'])).toEqual({
      before: ['Story.'],
      block: ['Jane Doe (+41 79 555 01 23).'],
      found: true,
    });
  });

  it('is not fooled by a link to more information', () => {
    const lines = [
      'For more information on the appeal, visit https://example.org/appeal.',
      'Jane Doe, +41 79 555 01 23',
    ];
    expect(findContactsBlock(lines)).toEqual({ before: [], block: lines, found: false });
  });

  it('stops at what releases print after the contacts', () => {
    for (const stop of [
      'Related press releases',
      'Notes to editors',
      'About the Fictional Society',
      '###',
      '-ENDS-',
      'À propos de la Société',
    ]) {
      expect(
        findContactsBlock(['Media contacts', 'Jane Doe, +41 79 555 01 23', stop, 'Switchboard +41 22 555 01 00']).block,
      ).toEqual(['', 'Jane Doe, +41 79 555 01 23']);
    }
  });
});
