-- People who operate the agent server (the operator view of all agents). Read by WildFly's Elytron
-- realm AnsRealm; passwords are bcrypt in modular-crypt form ("$2a$<cost>$..."), never plain.
CREATE TABLE operator (
    username      VARCHAR(64) PRIMARY KEY CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    password_hash VARCHAR(60) NOT NULL CHECK (password_hash ~ '^\$2a\$[0-9]{2}\$[./A-Za-z0-9]{53}$'),
    enabled       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE operator_role (
    username VARCHAR(64) NOT NULL REFERENCES operator (username) ON DELETE CASCADE,
    role     VARCHAR(32) NOT NULL CHECK (role IN ('ans-operator')),
    PRIMARY KEY (username, role)
);
