# membership-offers: see docs/glossary.md for the terms of each language.

## Joining the network (seed 000: "Become a member now")

# Page and button name from the seeds.
enroll-title = Join the network
enroll-intro = Membership of the network is free and needs no renewal. Confirm your organization’s legal details to join; you can then buy offers.
enroll-accept = I confirm these details and accept the network’s membership terms.
enroll-submit = Enroll now
enroll-already-member = Your organization is already a member of the network.
