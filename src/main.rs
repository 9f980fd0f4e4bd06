//! Server entry: configuration, database, router, serve; and the job subcommands.
//!
//! ```text
//! membership-offers                 serve (with the scheduler and job runner)
//! membership-offers jobs run-due    run the scheduler once and every due job, then exit
//! membership-offers jobs list       print the job queue, failures first
//! membership-offers routes          print every route (METHOD /path), for tests/attack
//! membership-offers translations reviewed <lang|all> [<id>…]
//!                                   record translations as made from the English source
//!                                   as it is now (locales/<lang>.source-hashes.toml)
//! ```

/// mimalloc instead of glibc's malloc: rendering a page allocates and frees many small
/// strings and nodes, from several threads.
#[cfg(feature = "ssr")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(feature = "ssr")]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    use axum::serve::ListenerExt;
    use leptos::config::get_configuration;
    use membership_offers::server::{config::Config, jobs, startup::build_state, web::app};
    use tracing_subscriber::EnvFilter;

    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")))
        .init();

    let args: Vec<String> = std::env::args().skip(1).collect();
    let command: Vec<&str> = args.iter().map(String::as_str).collect();
    if let ["translations", "reviewed", lang, ids @ ..] = command.as_slice() {
        return translations_reviewed(lang, ids);
    }
    if !matches!(command.as_slice(), [] | ["jobs", "run-due"] | ["jobs", "list"] | ["routes"]) {
        eprintln!("usage: membership-offers [jobs run-due | jobs list | routes | translations reviewed <lang|all> [<id>…]]");
        return ExitCode::from(2);
    }

    let leptos = match get_configuration(None) {
        Ok(conf) => conf.leptos_options,
        Err(error) => {
            eprintln!("error: cannot read the Leptos settings: {error}");
            return ExitCode::FAILURE;
        }
    };
    let addr = leptos.site_addr;
    let state = match Config::from_env().map_err(Into::into) {
        Ok(config) => build_state(config, leptos).await,
        Err(error) => Err(error),
    };
    let state = match state {
        Ok(state) => state,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };

    match command.as_slice() {
        ["jobs", "run-due"] => {
            return match jobs::tick(&state, &jobs::worker_id()).await {
                Ok(report) => {
                    println!("jobs done: {}, failed: {}, lost to another worker: {}", report.done, report.failed, report.lost);
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("error: {error}");
                    ExitCode::FAILURE
                }
            };
        }
        ["jobs", "list"] => {
            return match jobs::list(&state, 200).await {
                Ok(lines) => {
                    println!("{:>6}  {:<9}  {:<18}  {:<27}  tries  key  outcome or error", "id", "status", "kind", "due");
                    for line in lines {
                        println!("{line}");
                    }
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("error: {error}");
                    ExitCode::FAILURE
                }
            };
        }
        ["routes"] => {
            for route in membership_offers::server::web::route_list(&state) {
                println!("{route}");
            }
            return ExitCode::SUCCESS;
        }
        _ => {}
    }

    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("error: cannot listen on {addr}: {error}");
            return ExitCode::FAILURE;
        }
    };
    if state.core.config.jobs_worker {
        jobs::spawn(state.clone(), std::time::Duration::from_secs(state.core.config.jobs_tick_seconds));
    }
    tracing::info!("listening on http://{addr}");
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    // TCP_NODELAY on every accepted connection: without it, a response written in
    // several pieces on a keep-alive connection waits ~40 ms for the peer's delayed ACK.
    let listener = listener.tap_io(|tcp| {
        if let Err(error) = tcp.set_nodelay(true) {
            tracing::warn!(%error, "cannot set TCP_NODELAY");
        }
    });
    if let Err(error) = axum::serve(listener, service).with_graceful_shutdown(shutdown_signal()).await {
        eprintln!("error: server stopped: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

#[cfg(feature = "ssr")]
async fn shutdown_signal() {
    let _ = tokio::signal::ctrl_c().await;
}

/// `translations reviewed <lang|all> [<id>…]`: records the translations of `lang` (every
/// language translated from English for `all`), or only the ids given, as made from the
/// English source as it is now, in `LOCALES_DIR/<lang>.source-hashes.toml`.
#[cfg(feature = "ssr")]
fn translations_reviewed(lang: &str, ids: &[&str]) -> std::process::ExitCode {
    use membership_offers::i18n::Lang;
    use membership_offers::server::service::translations::{hashes_path, record_reviewed, TARGETS};
    let dir = std::path::PathBuf::from(std::env::var("LOCALES_DIR").unwrap_or_else(|_| "locales".to_string()));
    let langs: Vec<Lang> = match (lang, Lang::parse(lang)) {
        ("all", _) => TARGETS.to_vec(),
        (_, Some(lang)) if TARGETS.contains(&lang) => vec![lang],
        _ => {
            let codes: Vec<&str> = TARGETS.iter().map(|l| l.code()).collect();
            eprintln!("error: {lang} is not a language translated from English ({}, or all)", codes.join(", "));
            return std::process::ExitCode::from(2);
        }
    };
    let ids: Vec<String> = ids.iter().map(|id| id.to_string()).collect();
    for lang in langs {
        match record_reviewed(&dir, lang, &ids) {
            Ok(count) => println!("{}: {count} messages recorded as reviewed in {}", lang.code(), hashes_path(&dir, lang).display()),
            Err(error) => {
                eprintln!("error: {error}");
                return std::process::ExitCode::FAILURE;
            }
        }
    }
    std::process::ExitCode::SUCCESS
}

#[cfg(not(feature = "ssr"))]
pub fn main() {
    // The binary is built with `--features ssr` (cargo leptos does this); the browser
    // entry is `hydrate()` in lib.rs.
}
