//! The engine's mechanics on purpose-built rules: keyword case, windows, companions, overlap
//! resolution, filters and checks. Independent of the shipped rule data.

use keyhound::engine::{Drop, Engine};
use keyhound::rules::RuleSet;

const ROTATION: &str = "[rule.rotation]\nsummary = \"Revoke it.\"\ndocs = \"https://example.invalid/\"\nrevoke = \"ui\"\n";

fn engine(rules: &str) -> Engine {
    let mut set = RuleSet::default();
    set.add_file("test.toml", rules).expect("rules parse");
    Engine::new(set).expect("engine builds")
}

fn ids(engine: &Engine, text: &str) -> Vec<String> {
    engine
        .scan(text.as_bytes())
        .iter()
        .map(|c| engine.rules()[c.rule].id.clone())
        .collect()
}

fn rule(id: &str, extra: &str) -> String {
    format!("[[rule]]\nid = \"{id}\"\nname = \"{id}\"\nseverity = \"high\"\nconfidence = \"high\"\n{extra}\n{ROTATION}")
}

#[test]
fn keywords_are_case_sensitive_unless_the_rule_says_otherwise() {
    let e = engine(&(rule(
        "exact",
        "keywords = [\"tok_\"]\npattern = '''tok_[a-z0-9]{12}'''",
    ) + &rule(
        "loose",
        "keywords = [\"passcode\"]\nignore_case = true\npattern = '''(?i)passcode\\s*=\\s*([a-z0-9]{12})'''\nsecret_group = 1",
    )));
    assert_eq!(ids(&e, "tok_q1w2e3r4t5y6"), vec!["exact"]);
    assert!(ids(&e, "TOK_q1w2e3r4t5y6").is_empty());
    assert_eq!(ids(&e, "PASSCODE = q1w2e3r4t5y6"), vec!["loose"]);
}

#[test]
fn a_secret_far_from_its_keyword_needs_a_wider_window() {
    let text = format!("marker{}k7Hq2Lm9Xv4Rt8", " ".repeat(600));
    let narrow = engine(&rule(
        "narrow",
        "keywords = [\"marker\"]\npattern = '''marker\\s+([A-Za-z0-9]{14})'''\nsecret_group = 1",
    ));
    assert!(ids(&narrow, &text).is_empty());
    let wide = engine(&rule(
        "wide",
        "keywords = [\"marker\"]\nwindow = [0, 1024]\npattern = '''marker\\s+([A-Za-z0-9]{14})'''\nsecret_group = 1",
    ));
    assert_eq!(ids(&wide, &text), vec!["wide"]);
}

#[test]
fn each_match_is_reported_once_even_with_many_keyword_hits() {
    let e = engine(&rule(
        "dup",
        "keywords = [\"zz_\", \"zz_key\"]\npattern = '''zz_key_[a-z0-9]{10}'''",
    ));
    assert_eq!(ids(&e, "zz_key_q1w2e3r4t5 zz_key_a9s8d7f6g5").len(), 2);
}

#[test]
fn companions_pair_into_one_candidate_and_required_ones_gate_the_match() {
    let pair = rule(
        "pair-id",
        "keywords = [\"PID\"]\npattern = '''PID[A-Z2-7]{12}'''\n[rule.companion]\nname = \"pair secret\"\npattern = '''psecret\\s*=\\s*([A-Za-z0-9]{20})'''\nsecret_group = 1\nwithin = 200\nrequired = true",
    );
    let lone = rule(
        "pair-secret",
        "keywords = [\"psecret\"]\npattern = '''psecret\\s*=\\s*([A-Za-z0-9]{20})'''\nsecret_group = 1",
    );
    let e = engine(&(pair + &lone));
    let text = "id = PIDQ2W3E4R5T6Y7\npsecret = k7Hq2Lm9Xv4Rt8Zp3Wn6\n"; // keyhound:allow (synthetic test value)
    let found = e.scan(text.as_bytes());
    assert_eq!(
        found.len(),
        1,
        "the lone secret overlaps the companion and is dropped"
    );
    let c = &found[0];
    assert_eq!(e.rules()[c.rule].id, "pair-id");
    let companion = c.companion.clone().expect("companion found");
    assert_eq!(&text[companion], "k7Hq2Lm9Xv4Rt8Zp3Wn6");
    // Without its companion, the required pair is not reported; the lone rule still works.
    assert!(ids(&e, "id = PIDQ2W3E4R5T6Y7\n").is_empty());
    assert_eq!(
        ids(&e, "psecret = k7Hq2Lm9Xv4Rt8Zp3Wn6"), // keyhound:allow (synthetic test value)
        vec!["pair-secret"]
    );
}

#[test]
fn provider_rules_win_over_generic_rules_on_the_same_text() {
    let generic = rule(
        "gen",
        "generic = true\nkeywords = [\"token\"]\nignore_case = true\npattern = '''(?i)token\\s*=\\s*\"([^\"]{8,})\"'''\nsecret_group = 1",
    );
    let specific = rule(
        "spec",
        "keywords = [\"qq_\"]\npattern = '''qq_[A-Za-z0-9]{16}'''",
    );
    let e = engine(&(generic + &specific));
    assert_eq!(ids(&e, "token = \"qq_k7Hq2Lm9Xv4Rt8Zp\""), vec!["spec"]); // keyhound:allow (synthetic test value)
    assert_eq!(ids(&e, "token = \"k7Hq2Lm9Xv4Rt8Zp\""), vec!["gen"]); // keyhound:allow (synthetic test value)
}

#[test]
fn filters_drop_lookalikes_and_explain_why() {
    let generic = rule(
        "gen",
        "generic = true\nmin_entropy = 2.5\nkeywords = [\"secret\"]\nignore_case = true\npattern = '''(?i)secret\\s*[=:]\\s*\"?([^\"\\s]{6,})'''\nsecret_group = 1",
    );
    let e = engine(&generic);
    let cases = [
        ("secret = \"${SECRET_VALUE}\"", Drop::Placeholder),
        ("secret: process.env.SECRET", Drop::Reference),
        ("secret = \"user_secret_field\"", Drop::Identifier),
        (
            "secret = \"0b8f6e4a-3c2d-4e1f-9a8b-7c6d5e4f3a2b\"",
            Drop::Uuid,
        ),
        ("secret = \"aaaaaaaaaaaa\"", Drop::LowEntropy),
        ("secret = \"your-secret-here\"", Drop::Placeholder),
    ];
    for (text, reason) in cases {
        let (found, dropped) = e.scan_explained(text.as_bytes());
        assert!(found.is_empty(), "{text} was reported");
        assert_eq!(dropped.first().map(|d| d.reason), Some(reason), "{text}");
    }
    assert_eq!(ids(&e, "secret = \"Tq9#vL2!xW7$mK4p\""), vec!["gen"]); // keyhound:allow (synthetic test value)
}

#[test]
fn checks_reject_structurally_invalid_values() {
    let e = engine(&rule(
        "gh",
        "keywords = [\"ghx_\"]\npattern = '''ghx_[0-9A-Za-z]{36}'''\nchecks = [\"crc32-base62\"]",
    ));
    let random = "Zq8TnV2wLk5RbYc7XpJd3MfGs9HuAe";
    let mut n = crc32fast::hash(random.as_bytes()) as u64;
    let alphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut sum = [b'0'; 6];
    for slot in sum.iter_mut().rev() {
        *slot = alphabet[(n % 62) as usize];
        n /= 62;
    }
    let good = format!("ghx_{random}{}", std::str::from_utf8(&sum).unwrap());
    assert_eq!(ids(&e, &good), vec!["gh"]);
    let bad = format!("ghx_{random}000000");
    let (found, dropped) = e.scan_explained(bad.as_bytes());
    assert!(found.is_empty());
    assert_eq!(dropped[0].reason, Drop::Check("crc32-base62"));
}

#[test]
fn documented_example_values_are_never_reported() {
    let e = engine(&rule(
        "aws",
        "keywords = [\"AKIA\"]\npattern = '''AKIA[A-Z2-7]{16}'''",
    ));
    assert!(ids(&e, "aws_access_key_id = AKIAIOSFODNN7EXAMPLE").is_empty());
    // Keys that ship in the Firebase SDKs' own tests are public, wherever they turn up.
    let gcp = engine(&rule(
        "gcp",
        "keywords = [\"AIza\"]\npattern = '''AIza[0-9A-Za-z_-]{35}'''",
    ));
    assert!(ids(&gcp, "apiKey: 'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs'").is_empty());
    assert_eq!(
        ids(&gcp, "apiKey: 'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6Yy1s'"), // keyhound:allow (one character changed)
        vec!["gcp"]
    );
    assert_eq!(
        ids(&e, "aws_access_key_id = AKIAQ2W3E4R5T6Y7U2I3"), // keyhound:allow (synthetic test value)
        vec!["aws"]
    );
}

#[test]
fn a_rule_without_keywords_is_rejected() {
    let mut set = RuleSet::default();
    set.add_file("t.toml", &rule("nokw", "keywords = []\npattern = '''x'''"))
        .unwrap();
    assert!(Engine::new(set).is_err());
}

#[test]
fn two_ids_never_share_one_companion() {
    let e = engine(&rule(
        "pair-id",
        "keywords = [\"PID\"]\npattern = '''PID[A-Z2-7]{12}'''\n[rule.companion]\nname = \"pair secret\"\npattern = '''psecret\\s*=\\s*([A-Za-z0-9]{20})'''\nsecret_group = 1\nwithin = 400",
    ));
    let text = "psecret = k7Hq2Lm9Xv4Rt8Zp3Wn6\nid = PIDQ2W3E4R5T6Y7\nother = PIDZ2X3C4V5B6N7\n"; // keyhound:allow (synthetic test value)
    let found = e.scan(text.as_bytes());
    assert_eq!(found.len(), 2);
    let paired: Vec<_> = found.iter().filter(|c| c.companion.is_some()).collect();
    assert_eq!(paired.len(), 1, "one secret pairs with one id");
    assert_eq!(
        &text[paired[0].secret.clone()],
        "PIDQ2W3E4R5T6Y7",
        "the nearer id gets it"
    );
}

#[test]
fn a_match_longer_than_its_window_is_not_cut_short() {
    let e = engine(&rule(
        "long",
        "keywords = [\"LT1.\"]\nwindow = [0, 32]\npattern = '''LT1\\.[A-Za-z0-9]{20,2000}'''",
    ));
    let token = format!("LT1.{}", "k7Hq2Lm9Xv4Rt8Zp3Wn6".repeat(20));
    let text = format!("t = {token};");
    let found = e.scan(text.as_bytes());
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].secret.clone()], token);
}

#[test]
fn keywords_inside_or_overlapping_other_keywords_still_trigger_their_rules() {
    let e = engine(&(rule(
        "outer",
        "keywords = [\"access_token\"]\npattern = '''access_token=([a-z0-9]{12})'''\nsecret_group = 1",
    ) + &rule(
        "inner",
        "keywords = [\"token\"]\npattern = '''token=([a-z0-9]{12})'''\nsecret_group = 1\nwindow = [16, 64]",
    ) + &rule(
        "left",
        "keywords = [\"azure_devops\"]\npattern = '''azure_devops[a-z_]*=([a-z0-9]{14})'''\nsecret_group = 1",
    ) + &rule(
        "right",
        "keywords = [\"devops_pat\"]\npattern = '''devops_pat:([a-z0-9]{16})'''\nsecret_group = 1",
    )));
    // "token" inside "access_token": both rules run (overlap resolution keeps one finding).
    let (found, _) = e.scan_explained(b"access_token=q1w2e3r4t5y6"); // keyhound:allow (synthetic test value)
    assert_eq!(found.len(), 1);
    let only_inner = ids(&e, "my_token=q1w2e3r4t5y6"); // keyhound:allow (synthetic test value)
    assert_eq!(only_inner, vec!["inner"]);
    // "devops_pat" starts inside "azure_devops".
    let text = "azure_devops_pat:k7q2l9x4r8z3w6m1";
    assert_eq!(ids(&e, text), vec!["right"]);
}

#[test]
fn generic_rules_skip_code_but_keep_random_values_with_underscores() {
    let e = engine(&rule(
        "gen",
        "generic = true\nkeywords = [\"secret\"]\nignore_case = true\npattern = '''(?i)secret\\s*=\\s*\"([^\"]{6,})\"'''\nsecret_group = 1",
    ));
    for code in [
        "API_SECRET_V2",
        "_bindgen_ty_5",
        "crate::Secret",
        "&SecretRef",
        "p->secret_x",
        "L,encryptionStrength:ae",
        "n??Ar.CancellationToken.None",
        "a&&b.token||c",
        "null,a[yV-1]!=s.passwordVerification)throw",
        "jie;i5.defaultServer=new",
        "!1,rm:!1,sed:!1,set:!1",
        "16,DOT:17,className:18,classLiteralName:19",
        "D,ir.name=zl(w),ir.questionToken=ie",
    ] {
        assert!(
            ids(&e, &format!("secret = \"{code}\"")).is_empty(),
            "{code}"
        );
    }
    for value in [
        "k7Hq_Lm9XvRtZpWn",
        "Q2w_E3r4_T5y6",
        "pL9_x",
        "Zq7,mW4!pR9x",
        "x9;Kq(2)Lm=Vz",
        "aB.cd9=Qz!k",
    ] {
        let found = ids(&e, &format!("secret = \"{value}x8Zq\""));
        assert_eq!(found, vec!["gen"], "{value}");
    }
}

#[test]
fn allow_match_drops_by_the_whole_match_not_just_the_secret() {
    let e = engine(&rule(
        "urlpw",
        "keywords = [\"://\"]\npattern = '''https://[a-z]+:([A-Za-z0-9]{8,})@([a-z.]+)'''\nsecret_group = 1\nallow_match = ['@example\\.com$']",
    ));
    assert!(ids(&e, "https://bot:Qw7Lk2Pz9@example.com").is_empty());
    let internal = "https://bot:Qw7Lk2Pz9@git.corp.internal"; // keyhound:allow (synthetic)
    assert_eq!(ids(&e, internal), vec!["urlpw"]);
}

/// A CRC32-base62 token like the GitHub and npm ones, built at run time.
fn checksummed(prefix: &str, random: &str) -> String {
    let mut n = crc32fast::hash(random.as_bytes()) as u64;
    let alphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut sum = [b'0'; 6];
    for slot in sum.iter_mut().rev() {
        *slot = alphabet[(n % 62) as usize];
        n /= 62;
    }
    format!("{prefix}{random}{}", std::str::from_utf8(&sum).unwrap())
}

fn generic_and_provider() -> Engine {
    let generic = rule(
        "gen",
        "generic = true\nkeywords = [\"token\"]\nignore_case = true\npattern = '''(?i)token\\s*=\\s*\"([^\"\\s]{6,})\"'''\nsecret_group = 1",
    );
    let provider = rule(
        "ghx",
        "keywords = [\"ghx_\"]\npattern = '''\\b(ghx_[0-9A-Za-z]{36})\\b'''\nsecret_group = 1\nchecks = [\"crc32-base62\"]",
    );
    engine(&(generic + &provider))
}

#[test]
fn generic_rules_do_not_report_provider_tokens_that_fail_the_providers_checks() {
    let e = generic_and_provider();
    let good = checksummed("ghx_", "Zq8TnV2wLk5RbYc7XpJd3MfGs9HuAe");
    assert_eq!(ids(&e, &format!("token = \"{good}\"")), vec!["ghx"]);
    // Wrong checksum: the provider drops it, and the generic rule must not pick it up.
    let bad = format!("{}000000", &good[..good.len() - 6]);
    let (found, dropped) = e.scan_explained(format!("token = \"{bad}\"").as_bytes());
    assert!(found.is_empty(), "{found:?}");
    assert!(dropped.iter().any(|d| d.reason == Drop::ProviderNearMiss));
    // Wrong length: the provider pattern does not match at all.
    let short = &good[..good.len() - 4];
    let (found, dropped) = e.scan_explained(format!("token = \"{short}\"").as_bytes());
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(dropped[0].reason, Drop::ProviderNearMiss);
    // A value without a provider prefix is still the generic rule's.
    assert_eq!(ids(&e, &format!("token = \"{}\"", &good[4..])), vec!["gen"]);
}

#[test]
fn a_keyword_the_pattern_starts_with_owns_its_prefix_even_without_a_separator() {
    // `dapi` has no `_`/`-`, so only the pattern shows that every token starts with it.
    let generic = rule(
        "gen",
        "generic = true\nkeywords = [\"token\"]\nignore_case = true\npattern = '''(?i)token\\s*=\\s*([^\"\\s]{6,})'''\nsecret_group = 1",
    );
    let provider = rule(
        "dbx",
        "keywords = [\"dapi\"]\npattern = '''\\b(dapi[0-9a-f]{32})\\b'''\nsecret_group = 1",
    );
    let e = engine(&(generic + &provider));
    let hex = "5c1e08f93ab27d64e0c9b14f7a2d83e6";
    assert_eq!(ids(&e, &format!("TOKEN=dapi{hex}")), vec!["dbx"]);
    // Upper-case hex is not that provider's format: a near miss, not a generic secret.
    let upper = format!("TOKEN=dapi{}", hex.to_uppercase());
    let (found, dropped) = e.scan_explained(upper.as_bytes());
    assert!(found.is_empty(), "{found:?}");
    assert!(dropped.iter().any(|d| d.reason == Drop::ProviderNearMiss));
    assert_eq!(
        ids(&e, &format!("TOKEN=xq{}", hex.to_uppercase())),
        vec!["gen"]
    );
}

#[test]
fn masked_values_are_placeholders() {
    let e = generic_and_provider();
    for masked in [
        "sk_live_****8642",
        "Qz7\u{2022}\u{2022}\u{2022}\u{2022}8642x",
    ] {
        let (found, _) = e.scan_explained(format!("token = \"{masked}\"").as_bytes());
        assert!(found.is_empty(), "{masked}");
    }
}

#[test]
fn secret_manager_references_are_not_secrets() {
    let generic = rule(
        "gen",
        "generic = true\nkeywords = [\"secret\", \"api_key\"]\nignore_case = true\npattern = '''(?i)(?:secret|api_key)\\s*[=:]\\s*['\"]?([^'\"\\s]{6,})'''\nsecret_group = 1",
    );
    let e = engine(&generic);
    for text in [
        "api_key = 'op://maple/anthropic-api-key/credential'",
        "api_key = 'sm://delta/sendgrid-api-key'",
        "api_key = 'projects/281893311470/secrets/stripe-key/versions/latest'",
        "api_key='arn:aws:secretsmanager:eu-west-1:295764798284:secret:cedar/openai-key-zfvZ9e'",
        "api_key = 'vault:secret/data/payments#api_key'",
        "api_key = 'akv://payments-kv/stripe-key'",
        "api_key = 'doppler://payments/prd/STRIPE_KEY'",
    ] {
        let (found, _) = e.scan_explained(text.as_bytes());
        assert!(found.is_empty(), "{text}");
    }
}

#[test]
fn generic_values_starting_with_a_sigil_are_secrets_unless_they_read_as_references() {
    let e = engine(&rule(
        "gen",
        "generic = true\nkeywords = [\"secret\"]\nignore_case = true\npattern = '''(?i)secret\\s*=\\s*'([^']{6,})''''\nsecret_group = 1",
    ));
    let key: String = ["&h^=m!v_8l*", "rqd8xr5iz0*q0(t4e"].concat();
    for value in [
        key.as_str(),
        "!Wq7#kP2vZ9x",
        "*Tq9vL2xW7mK4p",
        "@Lp4w7Qv9Rt2x",
        "%Kq9#vL2xW7m",
        "$Kq9#vL2xW7m!",
    ] {
        assert_eq!(
            ids(&e, &format!("secret = '{value}'")),
            vec!["gen"],
            "{value}"
        );
    }
    for value in [
        "$SECRET_FROM_ENV",
        "$(cat /run/secret)",
        "%APPDATA%\\secret.bin",
        "%(secret)s_suffix",
        "&SecretHolder",
        "!!master_secret",
        "@Secret(name)",
        "$2b$12$Tq9vL2xW7mK4pQz8Rt2xLu",
    ] {
        assert!(
            ids(&e, &format!("secret = '{value}'")).is_empty(),
            "{value}"
        );
    }
}

#[test]
fn member_access_needs_more_than_a_dot() {
    let e = engine(&rule(
        "gen",
        "generic = true\nkeywords = [\"secret\"]\nignore_case = true\npattern = '''(?i)secret\\s*=\\s*'([^']{6,})''''\nsecret_group = 1",
    ));
    for code in [
        "settings.CLIENT_SECRET",
        "node.dot2_token",
        "cfg.dbPwd",
        "user.getSecret()",
        "account.secretValue",
    ] {
        assert!(ids(&e, &format!("secret = '{code}'")).is_empty(), "{code}");
    }
    let value: String = ["twaQn4", ".zkTmqWArtLqVyQk"].concat();
    assert_eq!(ids(&e, &format!("secret = '{value}'")), vec!["gen"]);
}
