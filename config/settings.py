"""OncoAtlas settings: the only settings module, driven by the environment.

Every variable is listed, with its default, in `.env.example`. With nothing set the
app runs on a SQLite file and a local-memory cache, so a newcomer needs nothing
installed; production and CI set `DATABASE_URL` to PostgreSQL.
"""

import datetime
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# ---------------------------------------------------------------------------
# Core
# ---------------------------------------------------------------------------
DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY: it is required when DJANGO_DEBUG is off."
        )
    # Good enough for a developer's own machine, never used with debug off.
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"]
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "curation",
    "destinations",
    "centers",
    "comparisons",
    "demo",
    "partners",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "config.middleware.PermissionsPolicyMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "config.middleware.StaffSessionTimeoutMiddleware",
    # Last, as django-axes asks: it answers locked-out logins before the view.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Database
# ---------------------------------------------------------------------------
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    if env.bool("DATABASE_POOL", default=False):
        # psycopg's pool replaces persistent connections (Django forbids both).
        DATABASES["default"].setdefault("OPTIONS", {})["pool"] = True
        DATABASES["default"]["CONN_MAX_AGE"] = 0
    else:
        DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", 60)
        DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# ---------------------------------------------------------------------------
# Cache: Redis when CACHE_URL or REDIS_URL is set, local memory otherwise
# ---------------------------------------------------------------------------
CACHE_URL = env.str("CACHE_URL", default="") or env.str("REDIS_URL", default="")
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "oncoatlas",
            # A cache that stops answering must fail fast, not hold requests:
            # the throttles then count per process (partners/api/throttling.py).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# ---------------------------------------------------------------------------
# Auth
# ---------------------------------------------------------------------------
# django-axes checks for a lockout before the password is even tried.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# After 5 failed logins for one account, or from one address, both are refused
# (the right password too) until the lock expires. Attempts are kept in the
# database, so every worker and instance counts them together.
AXES_FAILURE_LIMIT = env.int("ONCOATLAS_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=env.int("ONCOATLAS_LOGIN_LOCKOUT_MINUTES", default=15)
)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
# Every failure is kept (admin: Axes, access failures), not only the lockouts.
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# The client's address as the API throttle sees it: forwarded only by trusted proxies.
AXES_CLIENT_IP_CALLABLE = "partners.api.throttling.client_address"
# Staff sessions: signed out after this long idle, and after this long at all.
ONCOATLAS_STAFF_IDLE_MINUTES = env.int("ONCOATLAS_STAFF_IDLE_MINUTES", default=30)
ONCOATLAS_STAFF_SESSION_HOURS = env.int("ONCOATLAS_STAFF_SESSION_HOURS", default=8)
SESSION_COOKIE_AGE = ONCOATLAS_STAFF_SESSION_HOURS * 3600

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# ---------------------------------------------------------------------------
# Internationalisation: user-facing strings are marked for translation
# ---------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English")]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

# ---------------------------------------------------------------------------
# Static files, served by whitenoise (no CDN: every asset comes from the app)
# ---------------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# ---------------------------------------------------------------------------
# Security (stricter defaults apply when debug is off)
# ---------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=False)
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=False
)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=False)
# Browser features no page of ours uses, switched off on every response.
ONCOATLAS_PERMISSIONS_POLICY = env.str(
    "ONCOATLAS_PERMISSIONS_POLICY",
    default="camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()",
)
# The patients' site allows only its own files; empty turns the header off.
ONCOATLAS_CSP = env.str(
    "ONCOATLAS_CSP",
    default="default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'",
)
ONCOATLAS_CSP_EXEMPT_PATHS = ["/admin/", "/api/v1/docs/"]
if env.bool("DJANGO_BEHIND_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# ---------------------------------------------------------------------------
# Logging: everything to stdout, for the process manager to collect
# ---------------------------------------------------------------------------
LOG_LEVEL = env.str("DJANGO_LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "filters": {
        "disallowed_host_once": {"()": "config.logs.DisallowedHostOnce"},
    },
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Lockouts and failures are warnings; its start-up banner is not news.
        "axes": {"level": "WARNING"},
        # Bad Host headers come from scanners: one warning per host, no traceback.
        "django.security.DisallowedHost": {
            "handlers": ["stdout"],
            "filters": ["disallowed_host_once"],
            "level": "WARNING",
            "propagate": False,
        },
    },
}

# ---------------------------------------------------------------------------
# REST framework and the OpenAPI schema
# ---------------------------------------------------------------------------
# Partners read the API anonymously at a modest rate, or with a key staff issue
# in the admin at a higher one. DRF rate syntax: <count>/<sec|min|hour|day>.
ONCOATLAS_API_ANON_RATE = env.str("ONCOATLAS_API_ANON_RATE", default="60/min")
ONCOATLAS_API_KEY_RATE = env.str("ONCOATLAS_API_KEY_RATE", default="600/min")
# Addresses (or CIDR networks) of the proxies in front of the app. The throttle
# reads X-Forwarded-For only from a connection that comes from one of them, and
# then the nearest address that is not a proxy: a client reaching the app
# directly cannot choose its own identity. Empty: the connecting address only.
ONCOATLAS_TRUSTED_PROXIES = env.list(
    "ONCOATLAS_TRUSTED_PROXIES",
    default=(
        ["127.0.0.1", "::1"] if env.bool("DJANGO_BEHIND_PROXY", default=False) else []
    ),
)

REST_FRAMEWORK = {
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # API keys only: no HTTP Basic, no session (so no CSRF) on the API.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "partners.api.authentication.ApiKeyAuthentication"
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_THROTTLE_CLASSES": [
        "partners.api.throttling.AnonymousRateThrottle",
        "partners.api.throttling.ApiKeyRateThrottle",
    ],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "partners.api.renderers.CSVRenderer",
    ],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": (
        "partners.api.negotiation.PartnerContentNegotiation"
    ),
    "DEFAULT_PAGINATION_CLASS": "partners.api.pagination.KeysetPagination",
    "EXCEPTION_HANDLER": "partners.api.exceptions.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "COERCE_DECIMAL_TO_STRING": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "OncoAtlas partner API",
    "DESCRIPTION": (
        "Curated, sourced data on where to get cancer treatment: countries, "
        "centers, treatments, supportive services, visas, partnerships, costs "
        "and funding routes. "
        "Read-only; only published records.\n\n"
        "**Provenance.** Every fact block (country, center, offering, visa, "
        "partnership, cost estimate) carries `sources` (url, title, publisher, "
        "accessed, supports), `last_verified` and `confidence`. A fact no source "
        'gives is `null`, never `false` or `""`. Money is a decimal string in the '
        "currency stated next to it. A cost figure has a `price` object only "
        "when it is a price for one patient (`kind` `per-patient`); any other "
        "kind (a tariff multiplier, a programme's spending, a deposit) comes as "
        "`context`, its kind named, and is never a price.\n\n"
        "**Filters** mean exactly what they mean on the site: "
        "`/api/v1/centers/?country=jp&modality=carbon-ion-therapy` lists the rows "
        "`/centers/?country=jp&modality=carbon-ion-therapy` shows. Name related "
        "records by slug (countries also by ISO code); several values, repeated or "
        "comma-separated, match any of them.\n\n"
        "**Syncing.** Lists are paginated by cursor on the requested `ordering` "
        "with `id` as tiebreaker, so a walk through `next` links sees every row "
        "once even while records change; combine with `updated_since` to fetch "
        "only what changed. Responses carry an `ETag` and `Last-Modified`; send "
        "`If-None-Match` for a 304. `If-Modified-Since` also works but sees only "
        "the records' own timestamps: a row leaving a list or a nested fact "
        "changing can go unnoticed, so prefer the ETag.\n\n"
        "**Access.** Anonymous clients may read at a modest rate; partners send "
        "`Authorization: Bearer <key>` (or `Api-Key <key>`) for a higher one. Over "
        "the rate the answer is 429 with `Retry-After`.\n\n"
        '**Errors** are JSON: `{"errors": {"<parameter>": ["<message>"]}}`, '
        "keyed by the offending query parameter or by `detail`.\n\n"
        "**CSV.** Add `format=csv` to a list for a spreadsheet of the page."
    ),
    "VERSION": "1.0.0",
    "TAGS": [
        {"name": "countries", "description": "Destination countries."},
        {"name": "centers", "description": "Cancer centers and what they offer."},
        {"name": "compare", "description": "The site's side-by-side comparison."},
        {"name": "modalities", "description": "Treatments, e.g. proton therapy."},
        {"name": "services", "description": "Supportive services."},
        {"name": "cancer-types", "description": "Cancer types."},
        {"name": "accreditations", "description": "Accreditations."},
        {"name": "partnerships", "description": "Ties between countries."},
        {
            "name": "funding-pathways",
            "description": "Public routes by which a home health system pays "
            "for treatment elsewhere.",
        },
        {"name": "sources", "description": "The documents behind the facts."},
    ],
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PUBLIC": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No call to swagger.io's online validator: the docs work offline.
    "SWAGGER_UI_SETTINGS": {"validatorUrl": None, "deepLinking": True},
    "COMPONENT_SPLIT_REQUEST": True,
    # Known facts only: the schema's enums leave out "unknown", sent as null.
    "ENUM_NAME_OVERRIDES": {
        "TristateEnum": "curation.models.KNOWN_TRISTATE",
        "SourceKindEnum": "curation.models.KNOWN_SOURCE_KIND",
        "CenterKindEnum": "centers.models.choices.KNOWN_CENTER_KIND",
        "IntakeRouteEnum": "centers.models.choices.KNOWN_INTAKE_ROUTE",
        "OfferingStatusEnum": "centers.models.choices.KNOWN_OFFERING_STATUS",
        "CostKindEnum": "centers.models.choices.COST_KINDS",
        "CostPayerEnum": "centers.models.choices.KNOWN_COST_PAYER",
        "PartnershipStatusEnum": "destinations.models.KNOWN_PARTNERSHIP_STATUS",
        "PartnershipKindEnum": "destinations.models.PartnershipKind",
        "ModalityCategoryEnum": "centers.models.ModalityCategory",
        "ServiceCategoryEnum": "centers.models.ServiceCategory",
        "RegionEnum": "destinations.models.Region",
        "ConfidenceEnum": "destinations.models.Confidence",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "partners.api.schema.add_shared_documentation",
    ],
}

# ---------------------------------------------------------------------------
# OncoAtlas
# ---------------------------------------------------------------------------
# Facts last verified longer ago than this are flagged as possibly out of date.
STALE_AFTER_DAYS = env.int("ONCOATLAS_STALE_AFTER_DAYS", default=730)
# Facts whose newest source is itself older than this are flagged too: a rule
# from a 2009 letter is old however recently a curator read it.
SOURCE_STALE_AFTER_DAYS = env.int("ONCOATLAS_SOURCE_STALE_AFTER_DAYS", default=1826)
