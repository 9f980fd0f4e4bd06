//! The e-mail outbox: a message is written here in the same transaction as its event,
//! and delivered afterwards by the job runner (with retries).

use sqlx::{Any, Executor, FromRow};

use super::{Coded, Result};

crate::code_enum! {
    pub enum MailStatus: "a mail status" {
        Pending = "pending",
        Sent = "sent",
        Failed = "failed",
    }
}

/// A message to deliver. The text is rendered when it is sent, in `lang`, from the
/// event; `invoice_id` is attached as a PDF.
pub struct NewMail<'a> {
    pub unique_key: &'a str,
    pub organization_id: i64,
    pub user_id: i64,
    pub to_address: &'a str,
    pub lang: &'a str,
    pub event: &'a str,
    pub invoice_id: Option<i64>,
    pub at: &'a str,
}

/// Writes the message unless one with its key exists. True when it was new.
pub async fn insert<'e, E: Executor<'e, Database = Any>>(executor: E, mail: &NewMail<'_>) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO outbox (unique_key, organization_id, user_id, to_address, lang, event, invoice_id, status, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (unique_key) DO NOTHING",
    )
    .bind(mail.unique_key)
    .bind(mail.organization_id)
    .bind(mail.user_id)
    .bind(mail.to_address)
    .bind(mail.lang)
    .bind(mail.event)
    .bind(mail.invoice_id)
    .bind(MailStatus::Pending.code())
    .bind(mail.at)
    .execute(executor)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Debug, Clone, FromRow)]
pub struct MailRow {
    pub id: i64,
    pub unique_key: String,
    pub organization_id: i64,
    pub to_address: String,
    pub lang: String,
    pub event: String,
    pub invoice_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub status: Coded<MailStatus>,
}

pub async fn by_key<'e, E: Executor<'e, Database = Any>>(executor: E, unique_key: &str) -> Result<Option<MailRow>> {
    sqlx::query_as("SELECT id, unique_key, organization_id, to_address, lang, event, invoice_id, status FROM outbox WHERE unique_key = $1")
        .bind(unique_key)
        .fetch_optional(executor)
        .await
}

pub async fn set_status<'e, E: Executor<'e, Database = Any>>(executor: E, id: i64, status: MailStatus, at: &str) -> Result<()> {
    sqlx::query("UPDATE outbox SET status = $1, sent_at = $2 WHERE id = $3").bind(status.code()).bind(at).bind(id).execute(executor).await?;
    Ok(())
}

/// How many messages are in a status (tests and diagnostics).
pub async fn count<'e, E: Executor<'e, Database = Any>>(executor: E, status: MailStatus) -> Result<i64> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE status = $1").bind(status.code()).fetch_one(executor).await?;
    Ok(count)
}
