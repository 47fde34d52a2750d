package config

const (
	Workers = "12"
	Port = "5000"
	AnthropicApiKey = "sk-ant-api03-iDWXsPEXhKRVMw_Citq8pqS_rDrYWh_rIbZ0paUD9FQ9tX1Urgb4AMqQcuZRmaBgCU0H7Bm2kLE1kgbVYeU9ASr3ijBtJAA"
)
