-- Full-text search (FTS5). Case- and diacritic-insensitive: "geneve" finds Genève, "lucia" finds Lucía.
-- Prefix indexes on 2- and 3-letter prefixes keep search-as-you-type cheap on short prefixes.
-- Only what the public may see is indexed: active contacts and published releases.

-- Language names, for "French", "français" or "fr" (English and own names from Intl.DisplayNames, Node 20).
INSERT INTO language_names (code, names) VALUES
  ('aa', 'Afar'),
  ('ab', 'Abkhazian'),
  ('ae', 'Avestan'),
  ('af', 'Afrikaans'),
  ('ak', 'Akan'),
  ('am', 'Amharic አማርኛ'),
  ('an', 'Aragonese'),
  ('ar', 'Arabic العربية'),
  ('as', 'Assamese অসমীয়া'),
  ('av', 'Avaric'),
  ('ay', 'Aymara'),
  ('az', 'Azerbaijani azərbaycan'),
  ('ba', 'Bashkir башҡорт'),
  ('be', 'Belarusian беларуская'),
  ('bg', 'Bulgarian български'),
  ('bi', 'Bislama'),
  ('bm', 'Bambara bamanakan'),
  ('bn', 'Bangla বাংলা'),
  ('bo', 'Tibetan བོད་སྐད་'),
  ('br', 'Breton brezhoneg'),
  ('bs', 'Bosnian bosanski'),
  ('ca', 'Catalan català'),
  ('ce', 'Chechen нохчийн'),
  ('ch', 'Chamorro'),
  ('co', 'Corsican'),
  ('cr', 'Cree'),
  ('cs', 'Czech čeština'),
  ('cu', 'Church Slavic'),
  ('cv', 'Chuvash чӑваш чӗлхи'),
  ('cy', 'Welsh Cymraeg'),
  ('da', 'Danish dansk'),
  ('de', 'German Deutsch'),
  ('dv', 'Divehi'),
  ('dz', 'Dzongkha རྫོང་ཁ'),
  ('ee', 'Ewe eʋegbe'),
  ('el', 'Greek Ελληνικά'),
  ('en', 'English'),
  ('eo', 'Esperanto'),
  ('es', 'Spanish español'),
  ('et', 'Estonian eesti'),
  ('eu', 'Basque euskara'),
  ('fa', 'Persian فارسی'),
  ('ff', 'Fula Pulaar'),
  ('fi', 'Finnish suomi'),
  ('fj', 'Fijian'),
  ('fo', 'Faroese føroyskt'),
  ('fr', 'French français'),
  ('fy', 'Western Frisian Frysk'),
  ('ga', 'Irish Gaeilge'),
  ('gd', 'Scottish Gaelic Gàidhlig'),
  ('gl', 'Galician galego'),
  ('gn', 'Guarani'),
  ('gu', 'Gujarati ગુજરાતી'),
  ('gv', 'Manx Gaelg'),
  ('ha', 'Hausa'),
  ('he', 'Hebrew עברית'),
  ('hi', 'Hindi हिन्दी'),
  ('ho', 'Hiri Motu'),
  ('hr', 'Croatian hrvatski'),
  ('ht', 'Haitian Creole'),
  ('hu', 'Hungarian magyar'),
  ('hy', 'Armenian հայերեն'),
  ('hz', 'Herero'),
  ('ia', 'Interlingua interlingua'),
  ('id', 'Indonesian Indonesia'),
  ('ie', 'Interlingue'),
  ('ig', 'Igbo'),
  ('ii', 'Sichuan Yi ꆈꌠꉙ'),
  ('ik', 'Inupiaq'),
  ('io', 'Ido'),
  ('is', 'Icelandic íslenska'),
  ('it', 'Italian italiano'),
  ('iu', 'Inuktitut'),
  ('ja', 'Japanese 日本語'),
  ('jv', 'Javanese Jawa'),
  ('ka', 'Georgian ქართული'),
  ('kg', 'Kongo'),
  ('ki', 'Kikuyu Gikuyu'),
  ('kj', 'Kuanyama'),
  ('kk', 'Kazakh қазақ тілі'),
  ('kl', 'Kalaallisut kalaallisut'),
  ('km', 'Khmer ខ្មែរ'),
  ('kn', 'Kannada ಕನ್ನಡ'),
  ('ko', 'Korean 한국어'),
  ('kr', 'Kanuri'),
  ('ks', 'Kashmiri کٲشُر'),
  ('ku', 'Kurdish kurdî (kurmancî)'),
  ('kv', 'Komi'),
  ('kw', 'Cornish kernewek'),
  ('ky', 'Kyrgyz кыргызча'),
  ('la', 'Latin'),
  ('lb', 'Luxembourgish Lëtzebuergesch'),
  ('lg', 'Ganda Luganda'),
  ('li', 'Limburgish'),
  ('ln', 'Lingala lingála'),
  ('lo', 'Lao ລາວ'),
  ('lt', 'Lithuanian lietuvių'),
  ('lu', 'Luba-Katanga Tshiluba'),
  ('lv', 'Latvian latviešu'),
  ('mg', 'Malagasy'),
  ('mh', 'Marshallese'),
  ('mi', 'Māori'),
  ('mk', 'Macedonian македонски'),
  ('ml', 'Malayalam മലയാളം'),
  ('mn', 'Mongolian монгол'),
  ('mr', 'Marathi मराठी'),
  ('ms', 'Malay Melayu'),
  ('mt', 'Maltese Malti'),
  ('my', 'Burmese မြန်မာ'),
  ('na', 'Nauru'),
  ('nb', 'Norwegian Bokmål norsk bokmål'),
  ('nd', 'North Ndebele isiNdebele'),
  ('ne', 'Nepali नेपाली'),
  ('ng', 'Ndonga'),
  ('nl', 'Dutch Nederlands'),
  ('nn', 'Norwegian Nynorsk norsk nynorsk'),
  ('no', 'Norwegian norsk'),
  ('nr', 'South Ndebele'),
  ('nv', 'Navajo'),
  ('ny', 'Nyanja'),
  ('oc', 'Occitan occitan'),
  ('oj', 'Ojibwa'),
  ('om', 'Oromo Oromoo'),
  ('or', 'Odia ଓଡ଼ିଆ'),
  ('os', 'Ossetic ирон'),
  ('pa', 'Punjabi ਪੰਜਾਬੀ'),
  ('pi', 'Pali'),
  ('pl', 'Polish polski'),
  ('ps', 'Pashto پښتو'),
  ('pt', 'Portuguese português'),
  ('qu', 'Quechua Runasimi'),
  ('rm', 'Romansh rumantsch'),
  ('rn', 'Rundi Ikirundi'),
  ('ro', 'Romanian română'),
  ('ru', 'Russian русский'),
  ('rw', 'Kinyarwanda Ikinyarwanda'),
  ('sa', 'Sanskrit संस्कृत भाषा'),
  ('sc', 'Sardinian sardu'),
  ('sd', 'Sindhi سنڌي'),
  ('se', 'Northern Sami davvisámegiella'),
  ('sg', 'Sango Sängö'),
  ('si', 'Sinhala සිංහල'),
  ('sk', 'Slovak slovenčina'),
  ('sl', 'Slovenian slovenščina'),
  ('sm', 'Samoan'),
  ('sn', 'Shona chiShona'),
  ('so', 'Somali Soomaali'),
  ('sq', 'Albanian shqip'),
  ('sr', 'Serbian српски'),
  ('ss', 'Swati'),
  ('st', 'Southern Sotho Sesotho'),
  ('su', 'Sundanese Basa Sunda'),
  ('sv', 'Swedish svenska'),
  ('sw', 'Swahili Kiswahili'),
  ('ta', 'Tamil தமிழ்'),
  ('te', 'Telugu తెలుగు'),
  ('tg', 'Tajik тоҷикӣ'),
  ('th', 'Thai ไทย'),
  ('ti', 'Tigrinya ትግርኛ'),
  ('tk', 'Turkmen türkmen dili'),
  ('tl', 'Filipino'),
  ('tn', 'Tswana Setswana'),
  ('to', 'Tongan lea fakatonga'),
  ('tr', 'Turkish Türkçe'),
  ('ts', 'Tsonga'),
  ('tt', 'Tatar татар'),
  ('tw', 'Akan'),
  ('ty', 'Tahitian'),
  ('ug', 'Uyghur ئۇيغۇرچە'),
  ('uk', 'Ukrainian українська'),
  ('ur', 'Urdu اردو'),
  ('uz', 'Uzbek o‘zbek'),
  ('ve', 'Venda'),
  ('vi', 'Vietnamese Tiếng Việt'),
  ('vo', 'Volapük'),
  ('wa', 'Walloon'),
  ('wo', 'Wolof'),
  ('xh', 'Xhosa IsiXhosa'),
  ('yi', 'Yiddish ייִדיש'),
  ('yo', 'Yoruba Èdè Yorùbá'),
  ('za', 'Zhuang Vahcuengh'),
  ('zh', 'Chinese 中文'),
  ('zu', 'Zulu isiZulu'),
  ('ckb', 'Central Kurdish کوردیی ناوەندی'),
  ('fil', 'Filipino'),
  ('luo', 'Luo Dholuo'),
  ('prs', 'Dari دری'),
  ('yue', 'Cantonese 粵語');
--> statement-breakpoint

-- One search document per active contact; the triggers below copy it into contacts_fts.
CREATE VIEW contact_search_documents AS
SELECT
  c.id,
  c.city_id,
  c.full_name,
  coalesce(c.local_name, '') AS local_name,
  c.role,
  ci.name || coalesce(' (' || ci.local_name || ')', '') AS city,
  coalesce((
    SELECT group_concat(coalesce(ln.names || ' ', '') || '(' || cl.tag || ')', ', ')
    FROM contact_languages cl
    LEFT JOIN language_names ln
      ON ln.code = lower(CASE WHEN instr(cl.tag, '-') > 0 THEN substr(cl.tag, 1, instr(cl.tag, '-') - 1) ELSE cl.tag END)
    WHERE cl.contact_id = c.id
  ), '') AS languages
FROM contacts c
JOIN cities ci ON ci.id = c.city_id
WHERE c.active = 1;
--> statement-breakpoint

-- Stores its own copy: a contact's document spans four tables, so there is no single content row to point at.
CREATE VIRTUAL TABLE contacts_fts USING fts5(
  full_name, local_name, role, city, languages,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint

-- Drafts are not in this view, so even an FTS5 'rebuild' can never index them.
CREATE VIEW published_releases AS
SELECT id, title, summary, body FROM releases WHERE status = 'published';
--> statement-breakpoint

-- External content: the text stays in releases; snippets read it back through the view.
CREATE VIRTUAL TABLE releases_fts USING fts5(
  title, summary, body,
  content = 'published_releases',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint

CREATE TRIGGER contacts_search_ai AFTER INSERT ON contacts BEGIN
  INSERT INTO contacts_fts (rowid, full_name, local_name, role, city, languages)
    SELECT id, full_name, local_name, role, city, languages FROM contact_search_documents WHERE id = new.id;
END;
--> statement-breakpoint

CREATE TRIGGER contacts_search_au AFTER UPDATE OF id, full_name, local_name, role, city_id, active ON contacts BEGIN
  DELETE FROM contacts_fts WHERE rowid = old.id;
  INSERT INTO contacts_fts (rowid, full_name, local_name, role, city, languages)
    SELECT id, full_name, local_name, role, city, languages FROM contact_search_documents WHERE id = new.id;
END;
--> statement-breakpoint

CREATE TRIGGER contacts_search_ad AFTER DELETE ON contacts BEGIN
  DELETE FROM contacts_fts WHERE rowid = old.id;
END;
--> statement-breakpoint

CREATE TRIGGER contact_languages_search_ai AFTER INSERT ON contact_languages BEGIN
  DELETE FROM contacts_fts WHERE rowid = new.contact_id;
  INSERT INTO contacts_fts (rowid, full_name, local_name, role, city, languages)
    SELECT id, full_name, local_name, role, city, languages FROM contact_search_documents WHERE id = new.contact_id;
END;
--> statement-breakpoint

CREATE TRIGGER contact_languages_search_au AFTER UPDATE ON contact_languages BEGIN
  DELETE FROM contacts_fts WHERE rowid IN (old.contact_id, new.contact_id);
  INSERT INTO contacts_fts (rowid, full_name, local_name, role, city, languages)
    SELECT id, full_name, local_name, role, city, languages FROM contact_search_documents WHERE id IN (old.contact_id, new.contact_id);
END;
--> statement-breakpoint

CREATE TRIGGER contact_languages_search_ad AFTER DELETE ON contact_languages BEGIN
  DELETE FROM contacts_fts WHERE rowid = old.contact_id;
  INSERT INTO contacts_fts (rowid, full_name, local_name, role, city, languages)
    SELECT id, full_name, local_name, role, city, languages FROM contact_search_documents WHERE id = old.contact_id;
END;
--> statement-breakpoint

CREATE TRIGGER cities_search_au AFTER UPDATE OF name, local_name ON cities BEGIN
  DELETE FROM contacts_fts WHERE rowid IN (SELECT id FROM contacts WHERE city_id = new.id);
  INSERT INTO contacts_fts (rowid, full_name, local_name, role, city, languages)
    SELECT id, full_name, local_name, role, city, languages FROM contact_search_documents WHERE city_id = new.id;
END;
--> statement-breakpoint

-- External content needs the indexed values to remove a row, so only a row that was published is removed.
CREATE TRIGGER releases_search_ai AFTER INSERT ON releases WHEN new.status = 'published' BEGIN
  INSERT INTO releases_fts (rowid, title, summary, body) VALUES (new.id, new.title, new.summary, new.body);
END;
--> statement-breakpoint

CREATE TRIGGER releases_search_au AFTER UPDATE OF id, title, summary, body, status ON releases BEGIN
  INSERT INTO releases_fts (releases_fts, rowid, title, summary, body)
    SELECT 'delete', old.id, old.title, old.summary, old.body WHERE old.status = 'published';
  INSERT INTO releases_fts (rowid, title, summary, body)
    SELECT new.id, new.title, new.summary, new.body WHERE new.status = 'published';
END;
--> statement-breakpoint

CREATE TRIGGER releases_search_ad AFTER DELETE ON releases WHEN old.status = 'published' BEGIN
  INSERT INTO releases_fts (releases_fts, rowid, title, summary, body) VALUES ('delete', old.id, old.title, old.summary, old.body);
END;
--> statement-breakpoint

-- Databases that already hold data get their index filled once.
INSERT INTO contacts_fts (rowid, full_name, local_name, role, city, languages)
  SELECT id, full_name, local_name, role, city, languages FROM contact_search_documents;
--> statement-breakpoint

INSERT INTO releases_fts (releases_fts) VALUES ('rebuild');
