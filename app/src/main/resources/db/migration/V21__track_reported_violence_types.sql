-- Issue 10 §1: a follow-up track carries the types of violence reported in its dossier when it was decided (they come
-- with the decision, FollowUpDecided), so that follow-up no longer reads intake's reports to know what an
-- investigation concludes on. A later decision in the dossier adds what was reported since to its open tracks.
ALTER TABLE follow_up_track ADD COLUMN reported_violence_types text[] NOT NULL DEFAULT '{}';

-- Existing tracks: what their dossier's reports name today (what the conclusion was checked against before).
UPDATE follow_up_track t
SET reported_violence_types = coalesce((SELECT array_agg(DISTINCT v ORDER BY v)
                                        FROM report r, unnest(r.violence_types) AS v
                                        WHERE r.dossier_id = t.dossier_id), '{}');
