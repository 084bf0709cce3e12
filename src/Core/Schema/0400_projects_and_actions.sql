-- Co-production projects, "You said, we will, we did" actions, the people's bank, and the contacts and outbox behind
-- "Track your feedback" emails. Codes are stored lower-case kebab (see Model/ProjectCodes and Model/ActionStatus).

CREATE TABLE projects (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title       text NOT NULL,
    aims        text NOT NULL DEFAULT '',
    status      text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'recruiting', 'active', 'paused', 'closed')),
    type        text NOT NULL CHECK (type IN ('co-design', 'co-decision', 'co-delivery', 'co-evaluation')),
    rung        text NOT NULL CHECK (rung IN ('informing', 'consultation', 'engagement', 'co-design', 'co-production')),
    staff_chair text NOT NULL DEFAULT '',
    lived_chair text NOT NULL DEFAULT '',
    starts_on   date,
    ends_on     date,
    published   boolean NOT NULL DEFAULT false,
    created_by  bigint REFERENCES users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE project_localities (
    project_id  bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    locality_id integer NOT NULL REFERENCES localities (id),
    PRIMARY KEY (project_id, locality_id)
);

CREATE TABLE project_themes (
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    theme_id   integer NOT NULL REFERENCES themes (id),
    PRIMARY KEY (project_id, theme_id)
);

-- Single items linked to a project: who linked each and when.
CREATE TABLE project_items (
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    item_id    bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    linked_by  bigint REFERENCES users (id),
    linked_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, item_id)
);
CREATE INDEX project_items_item_idx ON project_items (item_id);

-- A whole search linked to a project: the request (VoiceHub.Search.Queries.SearchRequest as JSON) is kept, never its
-- results, so the project always shows what the search finds today.
CREATE TABLE project_searches (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    label      text NOT NULL,
    request    jsonb NOT NULL,
    linked_by  bigint REFERENCES users (id),
    linked_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_searches_project_idx ON project_searches (project_id);

-- Emerging issues linked to a project, by the issue's opaque flag id (emerging-issue detection owns what it means).
CREATE TABLE project_issues (
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    flag_id    text NOT NULL,
    linked_by  bigint REFERENCES users (id),
    linked_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, flag_id)
);

CREATE TABLE actions (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id         bigint REFERENCES projects (id) ON DELETE SET NULL,
    status             text NOT NULL CHECK (status IN ('draft', 'planned', 'in-progress', 'done', 'not-doing', 'discarded')),
    you_said           text NOT NULL,
    we_will            text NOT NULL DEFAULT '',
    owner              text NOT NULL DEFAULT '',
    due_on             date,
    we_did             text NOT NULL DEFAULT '',
    done_on            date,
    evidence_url       text NOT NULL DEFAULT '',
    not_doing_reason   text NOT NULL DEFAULT '',
    published          boolean NOT NULL DEFAULT false,
    published_at       timestamptz,
    source_document_id bigint REFERENCES documents (id) ON DELETE SET NULL,
    -- Makes creating a draft from the same source twice (a retried job) a no-op.
    source_key         text UNIQUE,
    created_by         bigint REFERENCES users (id),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'not-doing' OR not_doing_reason <> ''),
    CHECK (NOT published OR status NOT IN ('draft', 'discarded'))
);
CREATE INDEX actions_status_idx ON actions (status);
CREATE INDEX actions_project_idx ON actions (project_id);

CREATE TABLE action_items (
    action_id bigint NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    item_id   bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    linked_by bigint REFERENCES users (id),
    linked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (action_id, item_id)
);
CREATE INDEX action_items_item_idx ON action_items (item_id);

CREATE TABLE action_issues (
    action_id bigint NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    flag_id   text NOT NULL,
    linked_by bigint REFERENCES users (id),
    linked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (action_id, flag_id)
);

-- Every change to an action: who, when, and each field's value before and after ({"status": {"from": …, "to": …}}).
CREATE TABLE action_history (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id bigint NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    at        timestamptz NOT NULL DEFAULT now(),
    user_id   bigint REFERENCES users (id),
    actor     text NOT NULL,
    what      text NOT NULL,
    changes   jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX action_history_action_idx ON action_history (action_id, at);

-- Our Voice scrutiny: a comment on an action that staff must answer. Neither is ever deleted.
CREATE TABLE action_comments (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id   bigint NOT NULL REFERENCES actions (id),
    body        text NOT NULL,
    author_id   bigint NOT NULL REFERENCES users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    answer      text,
    answered_by bigint REFERENCES users (id),
    answered_at timestamptz
);
CREATE INDEX action_comments_action_idx ON action_comments (action_id);

-- The people's bank: people with lived experience who want to be involved. Contact details are personal data: shown
-- only to staff allowed to see it, and erased (not just flagged) when the person withdraws.
CREATE TABLE people_bank (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           text,
    email          text,
    phone          text,
    locality_id    integer REFERENCES localities (id),
    project_id     bigint REFERENCES projects (id) ON DELETE SET NULL,
    interests      text,
    consented_at   timestamptz NOT NULL,
    withdrawn_at   timestamptz,
    withdraw_token text NOT NULL UNIQUE,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (withdrawn_at IS NOT NULL OR (name IS NOT NULL AND (email IS NOT NULL OR phone IS NOT NULL)))
);

-- Someone who gave feedback and agreed to be told, by email, how it moves along. Written by the online form.
CREATE TABLE feedback_contacts (
    item_id        bigint PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
    email          text,
    consented_at   timestamptz NOT NULL,
    withdrawn_at   timestamptz,
    withdraw_token text NOT NULL UNIQUE,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (withdrawn_at IS NOT NULL OR email IS NOT NULL)
);

-- One email per item and step, ever: the unique key is what makes a retried or re-swept step send once.
CREATE TABLE notification_outbox (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id    bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    step       text NOT NULL CHECK (step IN ('received', 'themed', 'linked', 'we-will', 'we-did')),
    status     text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
    attempts   integer NOT NULL DEFAULT 0,
    channel    text,
    error      text,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at    timestamptz,
    UNIQUE (item_id, step)
);
CREATE INDEX notification_outbox_pending_idx ON notification_outbox (status, created_at) WHERE status = 'pending';
