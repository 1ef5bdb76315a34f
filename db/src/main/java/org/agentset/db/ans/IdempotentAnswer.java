package org.agentset.db.ans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The first answer to a state-changing API call, by its Idempotency-Key, with the hash of the
 * request it answered.
 */
@Entity
@IdClass(IdempotentAnswer.Key.class)
@Table(schema = "ans", name = "idempotent_answer")
public class IdempotentAnswer {

  /** Composite key. */
  public static class Key implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    String scope;
    String key;

    public Key() {}

    public Key(String scope, String key) {
      this.scope = scope;
      this.key = key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(scope, k.scope)
          && java.util.Objects.equals(key, k.key);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(scope, key);
    }
  }

  @Id
  @Column(name = "scope")
  private String scope;

  @Id
  @Column(name = "key")
  private String key;

  @Column(name = "request_hash")
  private String requestHash;

  @Column(name = "status")
  private int status;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "body")
  private String body;

  @Column(name = "location")
  private String location;

  @Column(name = "created_at")
  private Instant createdAt;

  protected IdempotentAnswer() {}

  public IdempotentAnswer(
      String scope,
      String key,
      String requestHash,
      int status,
      String mediaType,
      String body,
      String location,
      Instant createdAt) {
    this.scope = scope;
    this.key = key;
    this.requestHash = requestHash;
    this.status = status;
    this.mediaType = mediaType;
    this.body = body;
    this.location = location;
    this.createdAt = createdAt;
  }

  public String getScope() {
    return scope;
  }

  public String getKey() {
    return key;
  }

  public String getRequestHash() {
    return requestHash;
  }

  public int getStatus() {
    return status;
  }

  public String getMediaType() {
    return mediaType;
  }

  public String getBody() {
    return body;
  }

  public String getLocation() {
    return location;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
