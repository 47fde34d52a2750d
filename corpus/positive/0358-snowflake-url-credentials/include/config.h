#ifndef CONFIG_H
#define CONFIG_H
#define PORT "8080"
#define SNOWFLAKE_URL "snowflake://billing:3arMJ-jP%24Ry_jweUr2ZhO0R@nywjqzx-ftlznek/nimbus/public?warehouse=COMPUTE_WH"
#endif
