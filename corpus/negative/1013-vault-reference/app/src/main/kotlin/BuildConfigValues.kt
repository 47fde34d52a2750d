package com.quartz.app

object BuildConfigValues {
    const val AWS_REGION = "us-east-1"
    const val STRIPE_SECRET_KEY = "arn:aws:secretsmanager:eu-west-1:314272830027:secret:maple/stripe-secret-key-5MXhbU"
}
