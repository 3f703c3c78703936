"""Word lists of the demo portal: people, companies, deal and activity titles (all fictional)."""

from __future__ import annotations

#: (id, name, last name, gender, position, e-mail); user 1 owns the demo webhook.
USERS = (
    (1, "Alex", "Morgan", "M", "Sales Manager", "alex.morgan@sandbox.example"),
    (2, "Emily", "Carter", "F", "Head of Sales", "emily.carter@sandbox.example"),
    (3, "Daniel", "Brooks", "M", "Account Executive", "daniel.brooks@sandbox.example"),
    (4, "Sophia", "Bennett", "F", "Sales Representative", "sophia.bennett@sandbox.example"),
    (5, "Michael", "Hayes", "M", "Customer Success Manager", "michael.hayes@sandbox.example"),
    (6, "Olivia", "Turner", "F", "Business Development Manager", "olivia.turner@sandbox.example"),
)

COMPANIES = (
    "Northwind Traders", "Bluebird Logistics", "Summit Health Partners", "Greenleaf Organics",
    "Ironclad Manufacturing", "Harborview Consulting", "Crescent Financial Group", "Silverline Software",
    "Redwood Construction", "Brightpath Education", "Atlas Freight", "Pinecrest Hotels", "Oakridge Legal",
    "Cobalt Energy", "Maple & Finch Retail", "Evergreen Property Management", "Sterling Insurance",
    "Lighthouse Media", "Riverside Dental Group", "Keystone Engineering", "Horizon Travel",
    "Granite Peak Outdoor", "Willow Creek Farms", "Vertex Analytics", "Copperfield Furniture",
    "Blue Harbor Seafood", "Falcon Security", "Meadowbrook Clinics", "Starling Telecom",
    "O'Neill & Sons Plumbing",
)
INDUSTRIES = ("IT", "MANUFACTURING", "FINANCE", "DELIVERY", "ENTERTAINMENT", "CONSULTING", "GOVERNMENT", "OTHER")
COMPANY_TYPES = ("CUSTOMER", "CUSTOMER", "CUSTOMER", "PARTNER", "SUPPLIER", "COMPETITOR")

FIRST_NAMES_M = ("James", "Robert", "John", "William", "David", "Richard", "Thomas", "Charles", "Andrew",
                 "Matthew", "Joshua", "Ryan", "Nathan", "Samuel", "Benjamin", "Henry", "Lucas", "Owen")
FIRST_NAMES_F = ("Mary", "Jennifer", "Linda", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen", "Emma",
                 "Hannah", "Grace", "Chloe", "Natalie", "Rachel", "Laura", "Megan", "Amelia", "Lily")
MIDDLE_NAMES = ("", "", "", "J.", "Lee", "Ann", "Marie", "Paul")
LAST_NAMES = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
              "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark",
              "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams",
              "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Phillips", "Evans", "Parker", "Collins",
              "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Reed", "Bailey", "Cooper", "Howard")
POSTS = ("CEO", "CFO", "CTO", "Procurement Manager", "Office Manager", "Head of Operations",
         "Marketing Director", "IT Manager", "Purchasing Specialist", "Facilities Manager")

DEAL_TOPICS = (
    "CRM rollout (50 seats)", "Annual support contract", "Fleet tracking pilot", "Website redesign",
    "Warehouse scanners", "Cloud migration", "Office furniture order", "Security audit",
    "Sales training package", "Marketing retainer", "Data analytics platform", "Network upgrade",
    "Printer lease renewal", "Mobile app MVP", "VoIP telephony", "Backup and recovery service",
)
DEAL_STAGES = ("NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE", "WON", "LOSE")

LEAD_TOPICS = (
    "Website inquiry: pricing for 20 users", "Trade show contact", "Request for a demo",
    "Callback request from the landing page", "Question about integrations", "Partnership proposal",
    "Quote request: annual plan", "Referral from a customer", "Webinar attendee follow-up",
    "Newsletter sign-up asking for a trial",
)
LEAD_STATUSES = ("NEW", "NEW", "IN_PROCESS", "IN_PROCESS", "PROCESSED", "JUNK")

EMAIL_SUBJECTS_OUT = ("Proposal for {topic}", "Contract draft attached", "Follow-up after our call",
                      "Pricing & delivery terms", "Invoice for {topic}", "Agenda for next week's meeting")
EMAIL_SUBJECTS_IN = ("Re: Proposal for {topic}", "Question about the invoice", "Re: Contract draft attached",
                     "Can we move the meeting?", "Re: Pricing & delivery terms", "New requirements <urgent>")
MEETING_TOPICS = ("kick-off", "product demo", "contract review", "quarterly review", "site visit",
                  "requirements workshop")
MEETING_LOCATIONS = ("Main office, room 4", "Client's office", "Zoom", "Coffee House on 5th Ave", "")
TODO_TITLES = ("Send the updated proposal", "Prepare the contract draft", "Follow up on pricing",
               "Check the payment status", "Schedule a demo", "Call back about delivery dates",
               "Collect feedback after onboarding", "Confirm the meeting agenda", "Update the quote",
               "Ask for the signed NDA")
TODO_DESCRIPTIONS = ("", "[b]Important:[/b] mention the 10% discount.", "Use the new price list.",
                     "Ask about [i]budget approval[/i] & timeline.", "")
