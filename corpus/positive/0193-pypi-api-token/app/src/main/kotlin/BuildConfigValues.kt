package com.delta.app

object BuildConfigValues {
    const val PYPI_API_TOKEN = "pypi-AgEIcHlwaS5vcmcCJQECH3sicGVybWlzc2lvbnMiOiAidXNlciIsICJ2ZXJzaW8AAAYggbbsaWlHosjELNoEHdYMbH91b6FDe47kjQhQDJA0BB4AAgORX-QFIIKg4cf-iWCgHPuZPVqMNY58ffbPQV4kZFvPL98q0wuunzU"
    const val LOG_LEVEL = "info"
}
