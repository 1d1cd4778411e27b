/** Name lists for the generated demo school (common U.S. given and family names, mixed origins). */
export const femaleNames = [
  'Aaliyah', 'Abigail', 'Adriana', 'Aisha', 'Alejandra', 'Amara', 'Amelia', 'Ana', 'Aniyah', 'Ava',
  'Bianca', 'Brianna', 'Camila', 'Chloe', 'Daniela', 'Destiny', 'Elena', 'Emily', 'Emma', 'Esperanza',
  'Fatima', 'Gabriela', 'Grace', 'Hana', 'Imani', 'Isabella', 'Jasmine', 'Jayla', 'Kayla', 'Keisha',
  'Leah', 'Lily', 'Lucia', 'Madison', 'Maya', 'Mei', 'Mia', 'Nadia', 'Naomi', 'Nia',
  'Olivia', 'Priya', 'Rosa', 'Sofia', 'Tatiana', 'Valeria', 'Victoria', 'Ximena', 'Yasmin', 'Zoe',
] as const;

export const maleNames = [
  'Aaron', 'Adrian', 'Ahmed', 'Alejandro', 'Andre', 'Angel', 'Anthony', 'Benjamin', 'Brandon', 'Caleb',
  'Carlos', 'Christopher', 'Daniel', 'Darius', 'David', 'Diego', 'Elijah', 'Ethan', 'Gabriel', 'Hassan',
  'Isaiah', 'Jacob', 'Jamal', 'James', 'Jayden', 'Jose', 'Joshua', 'Juan', 'Kevin', 'Kwame',
  'Liam', 'Logan', 'Lucas', 'Luis', 'Malik', 'Marcus', 'Mateo', 'Michael', 'Minh', 'Noah',
  'Omar', 'Raj', 'Samuel', 'Santiago', 'Terrell', 'Tyler', 'Wei', 'William', 'Xavier', 'Yusuf',
] as const;

export const neutralNames = ['Alex', 'Avery', 'Jordan', 'Kai', 'Quinn', 'Riley', 'Rowan', 'Sage', 'Skyler', 'Taylor'] as const;

export const lastNames = [
  'Adams', 'Ali', 'Allen', 'Alvarez', 'Baker', 'Brown', 'Campbell', 'Carter', 'Castillo', 'Chen',
  'Clark', 'Cruz', 'Davis', 'Diaz', 'Edwards', 'Evans', 'Flores', 'Garcia', 'Gomez', 'Gonzalez',
  'Green', 'Gupta', 'Hall', 'Harris', 'Hernandez', 'Hill', 'Huang', 'Jackson', 'Johnson', 'Jones',
  'Kim', 'King', 'Lee', 'Lewis', 'Lopez', 'Martin', 'Martinez', 'Mitchell', 'Moore', 'Morales',
  'Nguyen', 'Okafor', 'Ortiz', 'Patel', 'Perez', 'Phillips', 'Ramirez', 'Reyes', 'Rivera', 'Roberts',
  'Robinson', 'Rodriguez', 'Sanchez', 'Scott', 'Shah', 'Singh', 'Smith', 'Taylor', 'Thomas', 'Thompson',
  'Torres', 'Tran', 'Turner', 'Walker', 'Washington', 'White', 'Williams', 'Wilson', 'Wright', 'Young',
] as const;

export const departments = [
  'English', 'Mathematics', 'Science', 'Social Studies', 'World Languages', 'Fine Arts',
  'Physical Education', 'Career & Technical Education', 'Special Education',
] as const;

export const clubNames: readonly (readonly [string, string])[] = [
  ['Robotics Club', 'STEM'], ['Debate Team', 'Academic'], ['Drama Club', 'Arts'], ['Chess Club', 'Academic'],
  ['Gay-Straight Alliance', 'Identity & culture'], ['Black Student Union', 'Identity & culture'],
  ['Latinx Student Union', 'Identity & culture'], ['Environmental Club', 'Service'], ['Key Club', 'Service'],
  ['Yearbook', 'Publications'], ['Student Newspaper', 'Publications'], ['Math Team', 'STEM'],
  ['Art Club', 'Arts'], ['Gaming Club', 'Recreation'], ['Model UN', 'Academic'], ['Jazz Band', 'Arts'],
  ['Coding Club', 'STEM'], ['Peer Tutoring', 'Service'],
];
