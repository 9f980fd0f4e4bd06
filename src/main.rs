//! Server entry: configuration, database, router, serve.

#[cfg(feature = "ssr")]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    use leptos::config::get_configuration;
    use membership_offers::server::{config::Config, startup::build_state, web::app};
    use tracing_subscriber::EnvFilter;

    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")))
        .init();

    let leptos = match get_configuration(None) {
        Ok(conf) => conf.leptos_options,
        Err(error) => {
            eprintln!("error: cannot read the Leptos settings: {error}");
            return std::process::ExitCode::FAILURE;
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
            return std::process::ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("error: cannot listen on {addr}: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    tracing::info!("listening on http://{addr}");
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    if let Err(error) = axum::serve(listener, service).with_graceful_shutdown(shutdown_signal()).await {
        eprintln!("error: server stopped: {error}");
        return std::process::ExitCode::FAILURE;
    }
    std::process::ExitCode::SUCCESS
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
