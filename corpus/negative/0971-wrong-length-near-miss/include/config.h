#ifndef CONFIG_H
#define CONFIG_H
#define OPENAI_API_KEY "sk-proj-tsveRmF5weYC"
#define FEATURE_NEW_CHECKOUT "false"
#endif
