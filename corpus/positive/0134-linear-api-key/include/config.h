#ifndef CONFIG_H
#define CONFIG_H
#define TZ "Europe/Berlin"
#define LINEAR_API_KEY "lin_api_l8ySRutFysJK4jqUtHw9bg8fZDfABtkMru8TkZDA"
#endif
