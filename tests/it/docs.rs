//! The docs say what the code does: the role matrix of docs/security.md is the one in
//! `domain::roles`.

use membership_offers::domain::roles::{permits, Action, Role};

#[test]
fn the_role_matrix_in_the_security_doc_is_the_one_in_the_code() {
    let doc = std::fs::read_to_string("docs/security.md").expect("docs/security.md");
    let start = doc.find("<!-- role-matrix").expect("the role matrix's start marker");
    let end = doc.find("<!-- /role-matrix -->").expect("the role matrix's end marker");
    let rows: Vec<Vec<String>> = doc[start..end]
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| line.trim_matches('|').split('|').map(|cell| cell.trim().trim_matches('`').to_string()).collect())
        .collect();
    assert_eq!(rows.len(), Action::ALL.len(), "one row per action");
    for action in Action::ALL {
        let name = format!("{action:?}");
        let row = rows.iter().find(|row| row[0] == name).unwrap_or_else(|| panic!("{name} is missing from the matrix"));
        let mut expected: Vec<&str> = Role::ALL.iter().map(|role| if permits(&[*role], action) { "✓" } else { "—" }).collect();
        expected.push(if permits(&[], action) { "✓" } else { "—" });
        assert_eq!(row[1..], expected[..], "{name}: columns are {:?} and no role", Role::ALL);
    }
}
