package com.cedar.config;

public final class Secrets {
    public static final String PORT = "8443";
    public static final String STRIPE_PRICE_ID = "price_QwtwVwNro1nYy4hTcMcABxQj";
    public static final String STRIPE_CUSTOMER = "cus_LMRuST5x6WfFBL";
}
