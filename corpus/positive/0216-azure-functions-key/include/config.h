#ifndef CONFIG_H
#define CONFIG_H
#define FUNCTION_WEBHOOK_URL "https://falcon-fn-vxrqi.azurewebsites.net/api/ingest?code=EoCvCB1ri7OtYdk+bxw/IzvxhC//v8srNMQQq12U2UA4Kb9R1a8UHQ=="
#define TZ "Europe/Berlin"
#endif
