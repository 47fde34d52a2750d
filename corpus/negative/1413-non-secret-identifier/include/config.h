#ifndef CONFIG_H
#define CONFIG_H
#define SERVICE_NAME "cedar-web"
#define SLACK_CHANNEL_ID "C0961QT1EYU"
#define SLACK_TEAM_ID "T0QOVWAI4U"
#endif
