-- The merchants hosted by the merchant server. Card numbers never appear in this schema.
CREATE TABLE merchant (
    id          BIGSERIAL    PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]+$'),
    name        VARCHAR(128) NOT NULL,
    tagline     VARCHAR(256) NOT NULL,
    currency    CHAR(3)      NOT NULL,
    brand       VARCHAR(32)  NOT NULL
);

INSERT INTO merchant (code, name, tagline, currency, brand) VALUES
    ('nordlicht-books', 'Nordlicht Books',   'Books, maps and prints, shipped from Groningen', 'EUR', 'AgentCard'),
    ('voltaic-parts',   'Voltaic Parts',     'Electronic components and tools for makers',     'EUR', 'AgentCard'),
    ('herbarium-tea',   'Herbarium Tea Co.', 'Loose-leaf teas and brewing gear',               'EUR', 'AgentCard');
