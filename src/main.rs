//! Server entry: configuration, database, router, serve; and the job subcommands.
//!
//! ```text
//! membership-offers                 serve (with the scheduler and job runner)
//! membership-offers jobs run-due    run the scheduler once and every due job, then exit
//! membership-offers jobs list       print the job queue, failures first
//! membership-offers routes          print every route (METHOD /path), for tests/attack
//! ```

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
    if !matches!(command.as_slice(), [] | ["jobs", "run-due"] | ["jobs", "list"] | ["routes"]) {
        eprintln!("usage: membership-offers [jobs run-due | jobs list | routes]");
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

#[cfg(not(feature = "ssr"))]
pub fn main() {
    // The binary is built with `--features ssr` (cargo leptos does this); the browser
    // entry is `hydrate()` in lib.rs.
}
