#ifndef CONFIG_H
#define CONFIG_H
#define SENTRY_ENVIRONMENT "production"
#define PLANETSCALE_SERVICE_TOKEN "pscale_tkn_Qmf_IrO786t-prM9CxCNi51VG11C3mDAcRUbR4Bg_Ul"
#endif
