terraform {
  required_version = ">= 1.5"
}

provider "atlassian" {
  jira_api_token = "ATATT3xFfGF001-ysJfIhTcRxw879iqP4tsU8w2-vWTtcDZ6xgL4V_Ud2-aXzRJPgbljkW20JLUk7S6CyOTovUeQq4B0igKsfmzDTgQ2g0n1l0CMD4QoV468Pnszb9KoNWDxRab7n6uUOYGaFc6cam1cYi2EczC_Epz_Q5eZsqzmbPFrwNdGSAR=B806B52D"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
