-- Issue 11 §2: letters from templates, rendered as PDF and stored as a document of the dossier.

-- letter_template: one per kind of letter, with the addressee it is written to; its text lives in versions.
CREATE TABLE letter_template (
    code            text PRIMARY KEY CHECK (code ~ '^[A-Z_]{1,40}$'),
    addressee       text    NOT NULL CHECK (addressee IN ('PERSON', 'REPORTER', 'MUNICIPALITY')),
    current_version integer NOT NULL
);

-- letter_template_version: every edit is a new version (who, when); a letter names the version it used.
CREATE TABLE letter_template_version (
    template_code text        NOT NULL REFERENCES letter_template (code),
    version       integer     NOT NULL CHECK (version > 0),
    title         text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body          text        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    saved_by      uuid REFERENCES staff_user (id),
    saved_at      timestamptz NOT NULL,
    PRIMARY KEY (template_code, version)
);

-- letter: which template version made which stored document, to whom.
CREATE TABLE letter (
    id                  uuid PRIMARY KEY,
    dossier_id          uuid        NOT NULL REFERENCES dossier (id),
    document_id         uuid        NOT NULL REFERENCES document (id),
    template_code       text        NOT NULL,
    template_version    integer     NOT NULL,
    addressee           text        NOT NULL CHECK (addressee IN ('PERSON', 'REPORTER', 'MUNICIPALITY')),
    addressee_person_id uuid REFERENCES person (id),
    generated_by        uuid        NOT NULL REFERENCES staff_user (id),
    generated_at        timestamptz NOT NULL,
    FOREIGN KEY (template_code, template_version) REFERENCES letter_template_version (template_code, version)
);
CREATE INDEX letter_dossier ON letter (dossier_id, generated_at);

INSERT INTO letter_template (code, addressee, current_version) VALUES
    ('REGISTRATION_NOTICE', 'PERSON', 1),
    ('REPORTER_FEEDBACK', 'REPORTER', 1),
    ('BW_NOTICE', 'MUNICIPALITY', 1);

INSERT INTO letter_template_version (template_code, version, title, body, saved_by, saved_at) VALUES
('REGISTRATION_NOTICE', 1, 'Kennisgeving: uw gegevens zijn vastgelegd', $$<p>{{naam}}<br/>{{adres}}</p>
<p>Datum: {{datum}}<br/>Ons kenmerk: {{dossiernummer}}</p>
<p>Onderwerp: uw gegevens zijn vastgelegd bij Veilig Thuis</p>
<p>{{aanhef}},</p>
<p>Veilig Thuis heeft een melding ontvangen over (een vermoeden van) huiselijk geweld of kindermishandeling in uw
huishouden. Met deze brief laten wij u weten dat wij daarom gegevens over u hebben vastgelegd in een dossier
(artikel 5.3.1 van de Wet maatschappelijke ondersteuning 2015).</p>
<p>Wij hebben vastgelegd: uw naam, geboortedatum, burgerservicenummer en adres, de melding en wat Veilig Thuis
daarna heeft gedaan. Wij gebruiken deze gegevens alleen om de veiligheid in uw huishouden te beoordelen en te
herstellen. Alleen de medewerkers die aan uw dossier werken, kunnen het inzien. Wij bewaren het dossier twintig jaar
na de laatste wijziging; daarna wordt het vernietigd.</p>
<p>U hebt het recht om de gegevens over uzelf in te zien en er een afschrift van te krijgen, om feitelijk onjuiste
gegevens te laten verbeteren, om een eigen verklaring aan het dossier te laten toevoegen en om te vragen het dossier
te vernietigen. Wij beantwoorden uw verzoek binnen een maand. Bent u het niet eens met hoe wij met uw gegevens
omgaan, dan kunt u een klacht indienen bij onze functionaris gegevensbescherming of bij de Autoriteit
Persoonsgegevens.</p>
<p>Hebt u vragen over deze brief? Bel ons gratis op 0800 2000 en noem het kenmerk {{dossiernummer}}.</p>
<p>Met vriendelijke groet,<br/>Veilig Thuis</p>$$, NULL, now()),
('REPORTER_FEEDBACK', 1, 'Terugkoppeling over uw melding', $$<p>{{naam}}<br/>{{adres}}</p>
<p>Datum: {{datum}}<br/>Ons kenmerk: {{dossiernummer}}</p>
<p>Onderwerp: terugkoppeling over uw melding</p>
<p>{{aanhef}},</p>
<p>U hebt een melding gedaan bij Veilig Thuis. Wij hebben uw melding ontvangen en in behandeling genomen. Dank u
wel dat u uw zorgen met ons hebt gedeeld.</p>
<p>Wat Veilig Thuis met uw melding doet: {{vervolg}}</p>
<p>Omdat wij ons aan de privacywet moeten houden, kunnen wij u niet vertellen wat wij over het huishouden weten of
wat wij met de betrokkenen hebben besproken.</p>
<p>Hebt u vragen over deze brief? Bel ons gratis op 0800 2000 en noem het kenmerk {{dossiernummer}}.</p>
<p>Met vriendelijke groet,<br/>Veilig Thuis</p>$$, NULL, now()),
('BW_NOTICE', 1, 'Melding van een verzoek tot onderzoek aan de Raad voor de Kinderbescherming', $$<p>{{naam}}<br/>{{adres}}</p>
<p>Datum: {{datum}}<br/>Ons kenmerk: {{dossiernummer}}</p>
<p>Onderwerp: verzoek tot onderzoek aan de Raad voor de Kinderbescherming</p>
<p>{{aanhef}},</p>
<p>Veilig Thuis laat u weten dat het de Raad voor de Kinderbescherming heeft verzocht een onderzoek in te stellen
naar de situatie van een kind dat in uw gemeente woont. Dit doen wij omdat Veilig Thuis bij een verzoek tot
onderzoek aan de Raad het college van burgemeester en wethouders daarvan op de hoogte stelt.</p>
<p>Het gaat om het dossier met kenmerk {{dossiernummer}}. Voor overleg kunt u contact opnemen met Veilig Thuis
onder vermelding van dit kenmerk.</p>
<p>Met vriendelijke groet,<br/>Veilig Thuis</p>$$, NULL, now());
